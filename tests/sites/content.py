"""Article content for the fixture sites: facts drawn from pools, then written out as
Vietnamese prose; no HTML here (the CMS templates render it).

Every site gets its own union, province, people and stories, generated deterministically
from the site name, so two builds of a site are identical and two sites never share an
article by accident. Labels (tests/sites/__init__.Gold) come from these stories, not
from any extractor.
"""

# ruff: noqa: E501 (HTML templates and Vietnamese prose are data: long lines read better whole)

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

VN = timezone(timedelta(hours=7))

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý", "Đậu", "Thái", "Trương", "Lương"]
MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Xuân", "Đình",
           "Thị Thu", "Công", "Bá", "Hồng"]
GIVEN = ["Hường", "Vinh", "Hùng", "Lan", "Sơn", "Tuấn", "Hải", "Hà", "Dũng", "Nga",
         "Bình", "Khánh", "Phương", "Thắng", "Long", "Mai", "Quý", "Tâm", "Hiền", "Toàn"]
TITLES = ["PGS.TS", "TS", "ThS", "KS", "BSCKII", "GS.TS", "ThS.BS"]

ASSOCIATIONS = [
    "Hội Y học", "Hội Nông nghiệp và Phát triển nông thôn", "Hội Tin học", "Hội Kiến trúc sư",
    "Hội Đông y", "Hội Làm vườn", "Hội Khoa học Lịch sử", "Hội Xây dựng",
    "Hội Bảo vệ thiên nhiên và Môi trường", "Hội Luật gia", "Hội Nữ trí thức",
    "Hội Kế hoạch hóa gia đình", "Hội Thủy lợi", "Hội Giống cây trồng", "Hội Dược học",
    "Hội Cựu giáo chức", "Hội Khoa học Kinh tế", "Hội Điều dưỡng",
]
WORKSHOP_TOPICS = [
    "Ứng dụng công nghệ số trong sản xuất nông nghiệp hàng hóa",
    "Giải pháp phát triển kinh tế biển bền vững",
    "Bảo tồn và phát huy giá trị nguồn dược liệu bản địa",
    "Chuyển đổi số trong y tế cơ sở",
    "Phát triển năng lượng tái tạo quy mô hộ gia đình",
    "Nâng cao chất lượng nguồn nhân lực khoa học và công nghệ",
    "Xử lý chất thải rắn sinh hoạt khu vực nông thôn",
    "Thích ứng với biến đổi khí hậu và xâm nhập mặn",
    "Phát triển du lịch cộng đồng gắn với bảo tồn di sản",
    "Xây dựng chỉ dẫn địa lý cho sản phẩm đặc sản",
    "Quản lý tổng hợp tài nguyên nước lưu vực sông",
    "Phát triển chuỗi giá trị cây ăn quả có múi",
]
CRITIQUE_PROJECTS = [
    "Dự thảo Quy hoạch tỉnh thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    "Đề án phát triển vùng nguyên liệu dược liệu giai đoạn 2023–2030",
    "Dự án nâng cấp hệ thống kênh tưới liên xã",
    "Đề án xây dựng đô thị thông minh giai đoạn 2023–2025",
    "Dự thảo Chương trình phát triển nhà ở đến năm 2030",
    "Đề án phát triển rừng gỗ lớn và chứng chỉ rừng bền vững",
    "Dự án cải tạo môi trường làng nghề chế biến hải sản",
    "Dự thảo Nghị quyết về chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo",
]
TRAINING_SKILLS = [
    ("kỹ thuật canh tác lúa thông minh thích ứng khí hậu", "nông dân"),
    ("sơ cấp cứu và phòng chống đuối nước", "giáo viên mầm non"),
    ("kỹ năng viết đề xuất dự án khoa học", "cán bộ hội thành viên"),
    ("phòng, trừ bệnh hại trên cây cam", "hội viên hội làm vườn"),
    ("kỹ năng bảo đảm an toàn thông tin", "cán bộ xã, phường"),
    ("nuôi ong lấy mật dưới tán rừng", "đồng bào dân tộc thiểu số"),
]
TECHNOLOGIES = [
    "bể biogas composite xử lý chất thải chăn nuôi", "hệ thống tưới nhỏ giọt tiết kiệm nước",
    "lò sấy nông sản bằng năng lượng mặt trời", "chế phẩm vi sinh ủ phân hữu cơ",
    "giống lúa chất lượng cao chịu mặn", "nhà màng trồng rau thủy canh",
]
SUBJECTS_OF_PRAISE = ["trí thức tiêu biểu", "nhà khoa học có nhiều đóng góp",
                      "hội viên xuất sắc", "cộng tác viên tích cực"]


@dataclass(frozen=True)
class Union:
    """The organisation whose site it is."""
    name: str          # "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An"
    short: str         # "Liên hiệp Hội tỉnh"
    province: str
    districts: tuple[str, ...]
    chair: str
    vice: str
    address: str
    phone: str
    email: str
    domain: str        # the real-looking domain its site would have (for e-mail, footer)


@dataclass(frozen=True)
class Story:
    """One news article, as facts and prose."""
    id: int
    cat: str                 # category key of the site
    title: str
    alias: str               # ASCII slug of the title
    published: datetime      # Vietnam time
    author: str | None
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...] = ()
    image: str = ""          # an image file name as a camera or editor left it
    caption: str = ""
    modified: datetime | None = None
    views: int = 0

    @property
    def updated(self) -> datetime:
        return self.modified or self.published

    @property
    def day(self) -> str:
        return self.published.strftime("%Y-%m-%d")


def slug(text: str) -> str:
    """ASCII URL alias of Vietnamese text, as the CMSs make them (đ -> d, marks dropped)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"


def make_union(rng: random.Random, province: str, districts: tuple[str, ...], domain: str,
               kind: str = "tỉnh") -> Union:
    name = f"Liên hiệp các Hội Khoa học và Kỹ thuật {kind} {province}"
    return Union(
        name=name, short="Liên hiệp Hội", province=province, districts=districts,
        chair=person(rng), vice=person(rng),
        address=f"Số {rng.randint(2, 180)}, đường {rng.choice(['Lê Hồng Phong', 'Trần Phú', 'Nguyễn Du', 'Hùng Vương', 'Lê Lợi'])}, "
                f"thành phố {districts[0]}, tỉnh {province}",
        phone=f"02{rng.randint(10, 99)}.{rng.randint(3500000, 3899999)}",
        email=f"lienhiephoi@{domain}", domain=domain,
    )


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV"]


def _vn_date(d: datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _write(kind: str, rng: random.Random, u: Union, when: datetime, topic: str,
           assoc: str) -> tuple[str, list[str], str]:
    """(title, paragraphs, caption) of one story of a kind."""
    p1, p2 = person(rng), person(rng)
    t1, t2 = rng.choice(TITLES), rng.choice(TITLES)
    district = rng.choice(u.districts[1:])
    n = rng.randint(60, 240)
    date = _vn_date(when)
    part_of_day = "Sáng" if when.hour < 12 else "Chiều"
    prov = u.province
    if kind == "summary":
        year = when.year if when.month == 12 else when.year - 1
        title = f"{assoc} tỉnh {prov} tổng kết hoạt động năm {year}, triển khai nhiệm vụ năm {year + 1}"
        paras = [
            f"{part_of_day} ngày {date}, {assoc} tỉnh {prov} tổ chức Hội nghị tổng kết hoạt động năm {year} và triển khai nhiệm vụ trọng tâm năm {year + 1}. Dự hội nghị có đồng chí {u.vice}, Phó Chủ tịch Thường trực {u.name} cùng {n} hội viên đại diện cho các chi hội cơ sở.",
            f"Báo cáo tại hội nghị, {t1} {p1}, Chủ tịch {assoc} cho biết trong năm qua Hội đã kết nạp thêm {rng.randint(20, 90)} hội viên mới, tổ chức {rng.randint(4, 15)} lớp tập huấn chuyên môn và phối hợp với các sở, ngành thực hiện {rng.randint(2, 6)} nhiệm vụ tư vấn, phản biện và giám định xã hội.",
            f"Công tác tuyên truyền được đổi mới theo hướng ứng dụng công nghệ thông tin, kết hợp giữa hình thức trực tiếp và trực tuyến; bản tin của Hội phát hành đều đặn {rng.choice(['hằng quý', 'hằng tháng', 'sáu tháng một số'])}, được gửi tới các xã, phường trên địa bàn huyện {district} và các huyện lân cận.",
            "Bên cạnh kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra những hạn chế: nguồn kinh phí hoạt động còn eo hẹp, một số chi hội sinh hoạt chưa đều, việc thu hút hội viên trẻ còn gặp nhiều khó khăn.",
            f"Phát biểu chỉ đạo, đồng chí {u.vice} đề nghị {assoc} tiếp tục nâng cao chất lượng hoạt động tư vấn, phản biện; chú trọng bồi dưỡng kỹ năng cho đội ngũ cán bộ hội và tăng cường phối hợp với ngành chủ quản trong năm {year + 1}.",
            f"Nhân dịp này, {assoc} đã trao giấy khen cho {rng.randint(3, 9)} tập thể và {rng.randint(5, 15)} cá nhân có thành tích xuất sắc trong công tác hội năm {year}.",
        ]
        caption = "Toàn cảnh Hội nghị"
    elif kind == "workshop":
        title = f"Hội thảo khoa học “{topic}”"
        paras = [
            f"Ngày {date}, tại thành phố {u.districts[0]}, {u.name} phối hợp với {assoc} tỉnh tổ chức Hội thảo khoa học “{topic}”. Tham dự hội thảo có gần {n} đại biểu là các nhà khoa học, nhà quản lý, doanh nghiệp và hội viên các hội thành viên.",
            f"Phát biểu khai mạc, {t1} {p1} nhấn mạnh: chủ đề hội thảo có ý nghĩa thiết thực đối với tỉnh {prov} trong bối cảnh yêu cầu phát triển nhanh và bền vững ngày càng cấp thiết; hội thảo là diễn đàn để các nhà khoa học đóng góp ý kiến, đề xuất giải pháp khả thi.",
            f"Ban tổ chức đã nhận được {rng.randint(12, 35)} bài tham luận, trong đó {rng.randint(5, 9)} bài được trình bày trực tiếp. Các tham luận tập trung phân tích thực trạng, chỉ ra những điểm nghẽn về cơ chế, nguồn vốn và nhân lực, đồng thời giới thiệu một số mô hình đã được thử nghiệm thành công tại huyện {district}.",
            f"{t2} {p2} trình bày kết quả nghiên cứu cho thấy nếu được đầu tư đồng bộ, hiệu quả kinh tế có thể tăng từ {rng.randint(15, 25)} đến {rng.randint(30, 45)}% so với phương thức truyền thống, đồng thời giảm đáng kể tác động tiêu cực tới môi trường.",
            "Các ý kiến thảo luận cũng đề nghị tỉnh sớm ban hành chính sách hỗ trợ chuyển giao công nghệ, tăng cường liên kết giữa nhà khoa học, doanh nghiệp và người dân, coi đây là khâu then chốt để đưa kết quả nghiên cứu vào đời sống.",
            f"Kết luận hội thảo, đồng chí {u.chair}, Chủ tịch {u.name} ghi nhận các ý kiến tâm huyết của đại biểu và cho biết Liên hiệp Hội sẽ tổng hợp thành văn bản kiến nghị gửi Tỉnh ủy, Ủy ban nhân dân tỉnh {prov} trong tháng {when.month + 1 if when.month < 12 else 1}.",
        ]
        caption = "Các đại biểu tham dự hội thảo"
    elif kind == "critique":
        title = f"Tư vấn, phản biện {topic[0].lower() + topic[1:]}"
        paras = [
            f"Thực hiện nhiệm vụ tư vấn, phản biện và giám định xã hội năm {when.year}, ngày {date}, {u.name} tổ chức hội nghị phản biện {topic}. Hội nghị do đồng chí {u.chair}, Chủ tịch Liên hiệp Hội chủ trì.",
            f"Hội đồng phản biện gồm {rng.randint(7, 13)} thành viên là các chuyên gia đầu ngành về quy hoạch, kinh tế, môi trường, xây dựng và pháp luật, trong đó có {t1} {p1}, nguyên Giám đốc Sở Khoa học và Công nghệ tỉnh {prov}.",
            f"Đại diện cơ quan soạn thảo đã trình bày tóm tắt những nội dung chính, mục tiêu, phạm vi và các nhóm giải pháp; tổng vốn dự kiến khoảng {rng.randint(120, 980)} tỷ đồng, thực hiện trên địa bàn huyện {district} và thành phố {u.districts[0]}.",
            f"Các chuyên gia đánh giá dự thảo được chuẩn bị công phu, có cơ sở khoa học; tuy nhiên cần làm rõ hơn căn cứ lựa chọn địa điểm, bổ sung đánh giá tác động xã hội đối với khoảng {rng.randint(300, 1500)} hộ dân chịu ảnh hưởng và phương án huy động nguồn lực ngoài ngân sách.",
            f"{t2} {p2} đề nghị bổ sung các chỉ tiêu giám sát định lượng theo từng giai đoạn, đồng thời lồng ghép nội dung ứng phó với biến đổi khí hậu, tránh tình trạng đầu tư dàn trải, kém hiệu quả.",
            f"Liên hiệp Hội sẽ tổng hợp đầy đủ các ý kiến thành báo cáo phản biện gửi cơ quan chủ trì soạn thảo và Ủy ban nhân dân tỉnh trước ngày {_vn_date(when + timedelta(days=rng.randint(10, 20)))}.",
        ]
        caption = "Quang cảnh hội nghị phản biện"
    elif kind == "contest":
        number = rng.randint(8, 14)
        title = f"Trao giải Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh {prov} lần thứ {ROMAN[number - 1]}"
        a1, a2, a3 = rng.randint(2, 4), rng.randint(4, 7), rng.randint(8, 12)
        paras = [
            f"{part_of_day} ngày {date}, Ban Tổ chức Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh {prov} lần thứ {ROMAN[number - 1]} tổ chức lễ tổng kết và trao giải. Cuộc thi do {u.name} chủ trì, phối hợp với Tỉnh đoàn, Sở Giáo dục và Đào tạo và Sở Khoa học và Công nghệ tổ chức.",
            f"Sau {rng.randint(5, 8)} tháng phát động, Ban Tổ chức nhận được {n} sản phẩm dự thi của học sinh các trường trung học cơ sở và trung học phổ thông trên địa bàn tỉnh, tăng {rng.randint(10, 40)} sản phẩm so với lần trước; nhiều sản phẩm có tính ứng dụng cao như {rng.choice(TECHNOLOGIES)}.",
            f"Hội đồng giám khảo do {t1} {p1} làm Chủ tịch đã chấm chọn, trao {a1} giải Nhất, {a2} giải Nhì, {a3} giải Ba và {rng.randint(10, 20)} giải Khuyến khích. Giải Nhất thuộc về nhóm học sinh Trường THPT {rng.choice(['Phan Bội Châu', 'Huỳnh Thúc Kháng', 'Lê Quý Đôn', 'Chuyên'])} với sản phẩm thiết bị cảnh báo sớm lũ quét cho vùng núi.",
            f"Phát biểu tại buổi lễ, đồng chí {u.chair} đánh giá chất lượng sản phẩm dự thi năm nay có nhiều tiến bộ, thể hiện tư duy sáng tạo và tinh thần ham học hỏi của các em; đồng thời ghi nhận sự đồng hành của các thầy cô giáo hướng dẫn.",
            f"Ban Tổ chức sẽ lựa chọn {rng.randint(4, 8)} sản phẩm xuất sắc nhất để dự Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng toàn quốc do Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức.",
        ]
        caption = "Trao giải Nhất cho các em học sinh"
    elif kind == "training":
        skill, audience = topic
        title = f"Tập huấn {skill} cho {audience} huyện {district}"
        paras = [
            f"Trong hai ngày {when.day:02d} và {(when + timedelta(days=1)).day:02d}/{when.month:02d}/{when.year}, {assoc} tỉnh {prov} phối hợp với Ủy ban nhân dân huyện {district} tổ chức lớp tập huấn {skill} cho {n} {audience} trên địa bàn.",
            f"Tại lớp tập huấn, {t1} {p1}, giảng viên {rng.choice(['Trường Đại học Vinh', 'Viện Khoa học Nông nghiệp', 'Trường Cao đẳng Y tế', 'Trung tâm Ứng dụng tiến bộ khoa học'])}, đã truyền đạt những kiến thức cơ bản, kết hợp hướng dẫn thực hành ngay tại hiện trường để học viên dễ tiếp thu và áp dụng.",
            f"Nội dung tập huấn được biên soạn ngắn gọn, sát với điều kiện thực tế của địa phương; mỗi học viên được phát một bộ tài liệu hướng dẫn và được giải đáp trực tiếp những vướng mắc gặp phải trong quá trình {rng.choice(['sản xuất', 'công tác', 'chăm sóc'])}.",
            f"Ông {p2}, một học viên ở xã {rng.choice(['Nghĩa Thuận', 'Hưng Lộc', 'Diễn Kim', 'Thanh Xuân', 'Quỳnh Lập'])}, chia sẻ: lớp học giúp bà con hiểu rõ quy trình, biết cách tính toán chi phí, giảm rủi ro và tự tin hơn khi áp dụng vào thực tế.",
            f"Đây là lớp thứ {rng.randint(2, 6)} trong chuỗi {rng.randint(6, 10)} lớp tập huấn {assoc} tổ chức trong năm {when.year} từ nguồn kinh phí hỗ trợ của {u.name}.",
        ]
        caption = "Học viên thực hành tại lớp tập huấn"
    elif kind == "congress":
        number = rng.randint(3, 9)
        title = f"Đại hội {assoc} tỉnh {prov} lần thứ {ROMAN[number - 1]}, nhiệm kỳ {when.year}–{when.year + 5}"
        paras = [
            f"Ngày {date}, {assoc} tỉnh {prov} tổ chức Đại hội đại biểu lần thứ {ROMAN[number - 1]}, nhiệm kỳ {when.year}–{when.year + 5}. Về dự đại hội có đồng chí {u.vice}, Phó Chủ tịch {u.name} cùng {n} đại biểu đại diện cho hơn {rng.randint(800, 4000)} hội viên trong toàn tỉnh.",
            f"Nhiệm kỳ qua, Hội đã có nhiều đóng góp vào sự phát triển kinh tế – xã hội của tỉnh: chủ trì {rng.randint(3, 9)} đề tài khoa học cấp tỉnh, tổ chức hàng trăm buổi sinh hoạt chuyên đề và tham gia tích cực hoạt động tư vấn, phản biện các chương trình, dự án lớn.",
            f"Đại hội đã thảo luận, thống nhất phương hướng nhiệm kỳ mới với mục tiêu phát triển thêm {rng.randint(200, 600)} hội viên, thành lập mới {rng.randint(3, 8)} chi hội cơ sở tại các huyện miền núi và nâng cao chất lượng bản tin chuyên ngành.",
            f"Đại hội đã bầu Ban Chấp hành khóa {ROMAN[number - 1]} gồm {rng.randint(15, 31)} ủy viên; {t1} {p1} được tín nhiệm bầu giữ chức Chủ tịch Hội, {t2} {p2} giữ chức Phó Chủ tịch kiêm Tổng thư ký.",
            f"Thay mặt Liên hiệp Hội, đồng chí {u.vice} chúc mừng thành công của đại hội và đề nghị Ban Chấp hành mới sớm xây dựng quy chế làm việc, cụ thể hóa nghị quyết đại hội thành chương trình hành động.",
        ]
        caption = "Ban Chấp hành khóa mới ra mắt đại hội"
    elif kind == "transfer":
        title = f"Chuyển giao mô hình {topic} tại huyện {district}"
        paras = [
            f"Vừa qua, {u.name} phối hợp với {assoc} tỉnh và Ủy ban nhân dân huyện {district} tổ chức nghiệm thu và chuyển giao mô hình {topic} cho {rng.randint(12, 40)} hộ dân.",
            f"Mô hình được triển khai từ tháng {rng.randint(3, 8)}/{when.year - 1} với tổng kinh phí {rng.randint(300, 900)} triệu đồng, trong đó nguồn hỗ trợ từ ngân sách sự nghiệp khoa học chiếm {rng.randint(40, 70)}%, phần còn lại do người dân đối ứng bằng công lao động và vật tư.",
            f"Theo {t1} {p1}, chủ nhiệm mô hình, sau một năm vận hành, các hộ tham gia tiết kiệm được {rng.randint(20, 45)}% chi phí so với trước, môi trường quanh khu dân cư được cải thiện rõ rệt, không còn tình trạng ô nhiễm mùi vào mùa nắng nóng.",
            f"Hội đồng nghiệm thu đánh giá mô hình đạt yêu cầu về kỹ thuật, phù hợp với điều kiện của địa phương và có khả năng nhân rộng; đề nghị huyện {district} đưa nội dung này vào kế hoạch xây dựng nông thôn mới nâng cao giai đoạn tiếp theo.",
            f"Bà {p2}, chủ một hộ tham gia mô hình, cho biết gia đình sẽ tiếp tục duy trì và sẵn sàng hướng dẫn các hộ lân cận cùng làm theo.",
        ]
        caption = "Cán bộ kỹ thuật hướng dẫn người dân vận hành mô hình"
    elif kind == "honour":
        title = f"Gặp mặt, tôn vinh {topic} tỉnh {prov} nhân dịp {rng.choice(['Xuân Quý Mão 2023', 'Ngày Khoa học và Công nghệ Việt Nam', 'kỷ niệm ngày thành lập Liên hiệp Hội'])}"
        paras = [
            f"Ngày {date}, {u.name} tổ chức buổi gặp mặt, tôn vinh {n} {topic} tiêu biểu của tỉnh {prov}. Đến dự có đại diện lãnh đạo Ban Tuyên giáo Tỉnh ủy, Sở Khoa học và Công nghệ và các hội thành viên.",
            "Trong không khí ấm cúng, các đại biểu ôn lại chặng đường phát triển của đội ngũ trí thức khoa học và công nghệ tỉnh nhà; nhiều công trình của các nhà khoa học đã được ứng dụng rộng rãi, mang lại giá trị làm lợi hàng chục tỷ đồng mỗi năm.",
            f"{t1} {p1}, đại diện các trí thức được tôn vinh, bày tỏ niềm vinh dự và mong muốn tỉnh tiếp tục có cơ chế đặt hàng nhiệm vụ khoa học, tạo điều kiện để trí thức cống hiến nhiều hơn.",
            f"Dịp này, Liên hiệp Hội trao tặng kỷ niệm chương “Vì sự nghiệp phát triển Liên hiệp Hội” cho {rng.randint(5, 12)} cá nhân và biểu dương {rng.randint(10, 25)} hội viên có sáng kiến được công nhận trong năm {when.year - 1}.",
        ]
        caption = "Lãnh đạo Liên hiệp Hội tặng hoa các trí thức tiêu biểu"
    else:  # "member": a member association joins
        title = f"Kết nạp {assoc} huyện {district} làm hội viên tổ chức"
        paras = [
            f"Ngày {date}, Ban Thường vụ {u.name} tổ chức lễ công bố quyết định kết nạp {assoc} huyện {district} làm hội viên tổ chức, nâng tổng số hội thành viên của Liên hiệp Hội lên {rng.randint(35, 60)} hội.",
            f"{assoc} huyện {district} được thành lập năm {rng.randint(2005, 2020)}, hiện có {n} hội viên là cán bộ, chuyên gia đang công tác tại các cơ quan, đơn vị và doanh nghiệp trên địa bàn.",
            f"Phát biểu tại buổi lễ, {t1} {p1}, Chủ tịch {assoc} huyện {district} cảm ơn sự quan tâm của Liên hiệp Hội và cam kết thực hiện nghiêm điều lệ, tích cực tham gia các hoạt động chung, nhất là công tác tư vấn, phản biện ở địa phương.",
            f"Đồng chí {u.chair} đề nghị Hội sớm kiện toàn tổ chức, xây dựng quy chế phối hợp và chủ động đề xuất các nhiệm vụ phù hợp với thế mạnh chuyên môn của hội viên.",
        ]
        caption = "Trao quyết định kết nạp hội viên tổ chức"
    return nfc(title), [nfc(p) for p in paras], nfc(caption)


KINDS = ["summary", "workshop", "critique", "contest", "training", "congress", "transfer",
         "honour", "member"]


def _topic_for(kind: str, rng: random.Random, used: set) -> str | tuple[str, str]:
    pool = {"workshop": WORKSHOP_TOPICS, "critique": CRITIQUE_PROJECTS,
            "training": TRAINING_SKILLS, "transfer": TECHNOLOGIES,
            "honour": SUBJECTS_OF_PRAISE}.get(kind, [""])
    fresh = [t for t in pool if (kind, t) not in used] or pool
    choice = rng.choice(fresh)
    used.add((kind, choice))
    return choice


# How often each kind of story appears on a union's site.
KIND_DECK = (["workshop"] * 4 + ["critique"] * 4 + ["training"] * 4 + ["transfer"] * 3
             + ["congress"] * 3 + ["summary"] * 3 + ["member"] * 2 + ["contest", "honour"])


@dataclass
class StoryPlan:
    """How many stories a site has, in which categories, over which days."""
    site: str
    cats: dict[str, list[str]]           # category key -> kinds filed there (first: the rest)
    count: int                           # stories on night 1
    first_id: int
    authors: list[str] = field(default_factory=list)
    tag_pool: list[str] = field(default_factory=list)
    avoid_in_alias: tuple[str, ...] = ()  # words a site's own URL space reserves
    oldest: datetime = datetime(2022, 11, 3, 8, 0, tzinfo=VN)
    newest: datetime = datetime(2023, 2, 28, 16, 40, tzinfo=VN)

    def cat_of(self, kind: str) -> str:
        for cat, kinds in self.cats.items():
            if kind in kinds:
                return cat
        return next(iter(self.cats))


NEW_ON_NIGHT_2 = 3


def make_stories(plan: StoryPlan, union: Union) -> list[Story]:
    """Night 1's stories and, after them, night 2's new ones; oldest first, ids rising."""
    rng = random.Random(plan.site)
    deck = list(KIND_DECK)
    rng.shuffle(deck)
    used: set = set()
    titles: set[str] = set()
    stories: list[Story] = []
    next_id = plan.first_id
    span = (plan.newest - plan.oldest).total_seconds()
    total = plan.count + NEW_ON_NIGHT_2
    for i in range(total):
        if i < plan.count:
            when = plan.oldest + timedelta(seconds=span * i / (plan.count - 1))
            when = when.replace(hour=rng.choice([7, 8, 9, 10, 14, 15, 16, 17, 20, 21, 22]),
                                minute=rng.randint(0, 59), second=0, microsecond=0)
        else:  # published during the day between the two nights
            k = i - plan.count
            when = datetime(2023, 3, 1, 8 + 3 * k, 10 + 7 * k, tzinfo=VN)
        for attempt in range(30):
            kind = deck[(i + attempt) % len(deck)]
            if kind == "summary" and when.month not in (12, 1, 2):
                continue  # year-end reviews happen around the new year
            topic = _topic_for(kind, rng, used)
            assoc = rng.choice([a for a in ASSOCIATIONS if (kind, a) not in used] or ASSOCIATIONS)
            used.add((kind, assoc))  # one congress, review or admission per association
            title, paras, caption = _write(kind, rng, union, when, topic, assoc)
            if title not in titles and not any(w in slug(title) for w in plan.avoid_in_alias):
                break
        titles.add(title)
        next_id += rng.randint(1, 4)  # gaps: drafts and items of other modules
        stories.append(Story(
            id=next_id, cat=plan.cat_of(kind), title=title, alias=slug(title),
            published=when, author=rng.choice(plan.authors) if plan.authors else None,
            paragraphs=tuple(paras),
            tags=tuple(rng.sample(plan.tag_pool, k=2)) if len(plan.tag_pool) >= 2 else (),
            image=rng.choice(["IMG_20230110_093512.jpg", "DSC_0421.JPG", "hoi-nghi-tk-2022.jpg",
                              "anh-1.jpg", "z4012345678901_ab12cd.jpg"]),
            caption=caption, views=rng.randint(40, 900),
        ))
    return stories


def edited(story: Story, when: datetime) -> Story:
    """The story the next day with one paragraph rewritten, as an editor corrects a figure."""
    paras = list(story.paragraphs)
    i = min(2, len(paras) - 1)
    paras[i] = nfc(paras[i] + " (Bài viết đã được cập nhật số liệu theo báo cáo chính thức"
                   " của Ban Tổ chức.)")
    return replace(story, paragraphs=tuple(paras), modified=when)


@dataclass
class Edition:
    """A site's stories on one night, and what changed since the night before."""
    stories: list[Story]     # newest first, deleted ones left out
    new: list[Story]
    edited: list[Story]
    deleted: list[Story]


EDIT_INDEX, DELETE_INDEX = 1, 4  # a young article is corrected, an older one withdrawn


def edition(plan: StoryPlan, union: Union, night: int) -> Edition:
    """Night 1: the plan's stories. Night 2: three new ones on top, one edited, one deleted.
    Stories newest first, as listings show them."""
    every = make_stories(plan, union)[::-1]
    new, stories = every[:NEW_ON_NIGHT_2], every[NEW_ON_NIGHT_2:]
    if night == 1:
        return Edition(stories, [], [], [])
    changed = edited(stories[EDIT_INDEX], datetime(2023, 3, 1, 10, 25, tzinfo=VN))
    gone = stories[DELETE_INDEX]
    kept = [changed if s.id == changed.id else s for s in stories if s.id != gone.id]
    return Edition(new + kept, new, [changed], [gone])
