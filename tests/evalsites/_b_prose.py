"""Vietnamese union-news prose for writer B's evaluation sites: titles and paragraphs.

Stories are composed from hand-written sentence banks per kind of news (hội thảo, tập
huấn, tư vấn phản biện, đại hội, hội thi sáng tạo, phổ biến kiến thức, ...), with the
people, places, associations and figures of one site filled in. A `Prose` draws
sentences without replacement, so two articles of the same site rarely share a sentence.
Nothing here knows about HTML or URLs.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trương", "Đào", "Mai",
            "Tạ", "Hà", "Cao", "Châu", "Thái", "Kiều", "Lâm"]
MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Ngọc", "Thanh", "Xuân", "Công", "Quốc",
            "Đình", "Tấn", "Trọng", "Bá", "Viết"]
MIDDLE_F = ["Thị", "Thu", "Thanh", "Ngọc", "Kim", "Hồng", "Mỹ", "Thùy", "Diệu", "Bích"]
GIVEN_M = ["Hùng", "Dũng", "Sơn", "Tuấn", "Hải", "Phong", "Thắng", "Quân", "Long", "Hiếu",
           "Khoa", "Bình", "Tâm", "Lộc", "Tài", "Nhân", "Vinh", "Chiến", "Trung", "Nam",
           "Thịnh", "Khải", "Phước", "Toàn", "Cường", "Đạt", "Hưng", "Kiên"]
GIVEN_F = ["Lan", "Hương", "Hà", "Nga", "Thảo", "Dung", "Hạnh", "Mai", "Liên", "Yến", "Oanh",
           "Trang", "Hiền", "Nhung", "Thủy", "Quyên", "Phượng", "Loan", "Vân", "Ngân"]

ACADEMIC = ["TS.", "ThS.", "PGS.TS.", "GS.TS.", "KS.", "BSCKII.", "TS.", "ThS.", "NCS."]

OFFICIAL_POSTS = [
    "Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh", "Phó Trưởng ban Tuyên giáo Tỉnh ủy",
    "Giám đốc Sở Khoa học và Công nghệ", "Phó Giám đốc Sở Khoa học và Công nghệ",
    "Phó Giám đốc Sở Nội vụ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
    "Phó Giám đốc Sở Nông nghiệp và Môi trường", "Phó Trưởng ban Dân vận Tỉnh ủy",
    "Phó Giám đốc Sở Giáo dục và Đào tạo", "Phó Giám đốc Sở Y tế", "Bí thư Tỉnh đoàn",
]
INSTITUTIONS = [
    "Trường Đại học Nông Lâm", "Viện Khoa học Thủy lợi miền Nam", "Trường Đại học Y Dược",
    "Viện Nghiên cứu Hải sản", "Trường Đại học Bách khoa", "Viện Sinh thái và Tài nguyên sinh vật",
    "Trường Đại học Kinh tế", "Viện Dược liệu", "Trường Đại học Xây dựng",
    "Viện Khoa học Nông nghiệp Việt Nam", "Trường Đại học Sư phạm", "Bệnh viện Đa khoa tỉnh",
    "Viện Nghiên cứu Phát triển", "Trường Cao đẳng Kỹ thuật Công nghệ",
]
MEMBERS = [
    "Hội Y học", "Hội Làm vườn", "Hội Khoa học Lịch sử", "Hội Luật gia", "Hội Đông y",
    "Hội Kiến trúc sư", "Hội Tin học", "Hội Điều dưỡng", "Hội Dược học", "Hội Nuôi ong",
    "Hội Khoa học Kinh tế", "Hội Bảo vệ quyền lợi người tiêu dùng", "Hội Thủy lợi",
    "Hội Xây dựng", "Hội Sinh vật cảnh", "Hội Nghề cá", "Hội Châm cứu",
    "Hội Khoa học Tâm lý – Giáo dục", "Hội Bảo vệ thiên nhiên và môi trường",
    "Hội Giống cây trồng", "Hội Kế toán và Kiểm toán", "Hội Phụ sản", "Hội Nhi khoa",
    "Hội Cơ khí", "Hội Khoa học Đất",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII"]


@dataclass
class Person:
    name: str
    post: str
    academic: str = ""
    female: bool = False

    @property
    def full(self) -> str:  # "TS. Lương Thanh Sơn – Chủ tịch Liên hiệp hội"
        return f"{self.named} – {self.post}"

    @property
    def named(self) -> str:  # "TS. Lương Thanh Sơn" or "ông Lương Thanh Sơn"
        if self.academic:
            return f"{self.academic} {self.name}"
        return ("bà " if self.female else "ông ") + self.name

    @property
    def short(self) -> str:  # "ông Sơn"
        return ("bà " if self.female else "ông ") + self.name.split()[-1]


def random_person(rng: random.Random, post: str, academic: bool | None = None) -> Person:
    female = rng.random() < 0.35
    name = " ".join([rng.choice(SURNAMES), rng.choice(MIDDLE_F if female else MIDDLE_M),
                     rng.choice(GIVEN_F if female else GIVEN_M)])
    if academic is None:
        academic = rng.random() < 0.5
    return Person(name, post, rng.choice(ACADEMIC) if academic else "", female)


# ----------------------------------------------------------------------------------------
# Sentence banks. Slots: {province} {union} {lhh} {chair} {chair_n} {chair_s} {vice} {vice_n}
# {guest} {guest_n} {guest_s} {expert} {expert_n} {expert_s} {expert2} {expert2_n} {member}
# {member2} {theme} {Theme} {venue} {place} {place2} {date} {datey} {year} {prev_year}
# {next_year} {nth} (roman ordinal) {term} ("2026–2031") {#a-b} (an integer in [a, b]).
# ----------------------------------------------------------------------------------------

THEMES = {
    "hoi_thao": [
        "phát triển du lịch cộng đồng gắn với bảo tồn văn hóa bản địa",
        "ứng dụng công nghệ cao trong sản xuất rau an toàn",
        "bảo tồn và phát triển nguồn gen cây dược liệu",
        "chuyển đổi số trong doanh nghiệp nhỏ và vừa",
        "phòng, chống sạt lở bờ sông, bờ biển",
        "quản lý chất thải rắn sinh hoạt ở khu vực nông thôn",
        "phát triển kinh tế biển theo hướng bền vững",
        "nuôi trồng thủy sản thích ứng với biến đổi khí hậu",
        "chăm sóc sức khỏe người cao tuổi tại cộng đồng",
        "phát triển sản phẩm OCOP gắn với thương mại điện tử",
        "sử dụng tiết kiệm, hiệu quả tài nguyên nước",
        "giảm thiểu rác thải nhựa trong sinh hoạt",
        "bảo tồn di sản kiến trúc đô thị",
        "ứng dụng trí tuệ nhân tạo trong chẩn đoán hình ảnh",
        "phát triển điện mặt trời áp mái",
        "canh tác lúa giảm phát thải khí nhà kính",
        "liên kết chuỗi giá trị cà phê đặc sản",
        "phòng, chống xâm nhập mặn vùng ven biển",
        "phát triển nông nghiệp hữu cơ",
        "phát huy vai trò trí thức trong xây dựng nông thôn mới",
        "bảo vệ quyền lợi người tiêu dùng trên môi trường số",
        "phát huy y học cổ truyền trong điều trị bệnh mạn tính",
        "phát triển rừng gỗ lớn có chứng chỉ",
        "bảo tồn đa dạng sinh học vùng đất ngập nước",
        "nâng cao giá trị sản phẩm thanh long",
        "phục hồi hệ sinh thái rạn san hô",
    ],
    "tap_huan": [
        "kỹ năng tư vấn, phản biện và giám định xã hội",
        "kỹ thuật ghép cải tạo vườn cây ăn quả",
        "sở hữu trí tuệ và đăng ký bảo hộ nhãn hiệu",
        "xây dựng thuyết minh giải pháp dự thi sáng tạo kỹ thuật",
        "sơ cấp cứu ban đầu và phòng, chống đuối nước",
        "kỹ thuật nuôi ong lấy mật theo hướng an toàn sinh học",
        "ứng dụng phần mềm quản lý hội viên",
        "kỹ thuật trồng nấm từ phụ phẩm nông nghiệp",
        "an toàn thông tin và kỹ năng sử dụng mạng xã hội",
        "quy trình sản xuất phân hữu cơ vi sinh",
        "chăm sóc, điều dưỡng người bệnh tại nhà",
        "viết tin, bài cho trang thông tin điện tử",
        "quản lý tài chính hội và công tác kế toán",
        "phòng trừ dịch hại tổng hợp trên cây lúa",
        "kỹ năng tổ chức hội thảo khoa học",
    ],
    "phan_bien": [
        "Đề án phát triển nguồn nhân lực chất lượng cao đến năm 2030",
        "Quy hoạch chung đô thị ven biển đến năm 2045",
        "dự thảo Nghị quyết về chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo",
        "Đề án phát triển vùng nguyên liệu dược liệu",
        "dự án kè chống sạt lở bờ biển khu dân cư",
        "Kế hoạch bảo vệ môi trường lưu vực sông",
        "Đề án chuyển đổi số cấp xã",
        "Quy hoạch phát triển khu du lịch sinh thái",
        "dự thảo Quy định hỗ trợ liên kết sản xuất nông nghiệp",
        "Đề án phát triển nông nghiệp tuần hoàn",
        "Chương trình phát triển nhà ở xã hội",
        "dự án nâng cấp hệ thống thủy lợi nội đồng",
    ],
}


CHUYEN_GIAO_THEMES = [
    "nuôi dê lai theo hướng bán chăn thả", "trồng nấm rơm trong nhà lưới",
    "nuôi cá lóc trong bể lót bạt", "trồng sâm dây dưới tán rừng", "ủ phân hữu cơ từ phụ phẩm",
    "nuôi gà thả vườn an toàn sinh học", "trồng bưởi da xanh theo tiêu chuẩn VietGAP",
    "nuôi lươn không bùn", "tưới nhỏ giọt cho cây thanh long", "trồng dưa lưới công nghệ cao",
    "nuôi ốc hương thương phẩm", "trồng rau thủy canh hồi lưu",
]

# Variants of each kind: (titles, leads, body bank key). A title always matches its lead.
VARIANTS = {
    "hoi_thao": [(
        ["Hội thảo khoa học “{Theme}”", "Hội thảo {theme}", "Bàn giải pháp {theme}",
         "Nhiều ý kiến tâm huyết tại hội thảo {theme}",
         "{lhh} phối hợp tổ chức hội thảo {theme}", "Chuyên gia góp ý giải pháp {theme}"],
        ["{Part} {date}, tại {venue}, {union} phối hợp với {member} tỉnh tổ chức hội thảo khoa học “{Theme}”.",
         "Ngày {date}, {lhh} tỉnh {province} tổ chức hội thảo {theme} với sự tham gia của hơn {#60-180} đại biểu là nhà khoa học, nhà quản lý và doanh nghiệp.",
         "Nhằm tìm kiếm giải pháp {theme}, {part} {date}, {union} đã tổ chức hội thảo tại {venue}."],
        "hoi_thao")],
    "tap_huan": [(
        ["Tập huấn {theme}", "Lớp tập huấn {theme} cho cán bộ hội",
         "Bồi dưỡng kiến thức về {theme}", "Hơn {#50-180} học viên tham gia tập huấn {theme}"],
        ["Từ ngày {date} đến ngày {date_end}, {union} tổ chức lớp tập huấn {theme} cho {#40-150} học viên là cán bộ các hội thành viên và hội viên ở cơ sở.",
         "{Part} {date}, tại {venue}, {lhh} tỉnh khai giảng lớp tập huấn {theme}.",
         "Thực hiện kế hoạch năm {year}, {union} phối hợp với {member} tỉnh mở lớp tập huấn {theme} tại {place}."],
        "tap_huan")],
    "phan_bien": [(
        ["Tư vấn, phản biện {theme}", "Hội thảo phản biện {theme}", "Góp ý {theme}",
         "Chuyên gia phản biện {theme}"],
        ["{Part} {date}, {union} tổ chức hội thảo tư vấn, phản biện {theme} theo đề nghị của UBND tỉnh.",
         "Thực hiện nhiệm vụ được UBND tỉnh giao, ngày {date}, {lhh} tỉnh đã tổ chức lấy ý kiến chuyên gia phản biện {theme}.",
         "Ngày {date}, tại {venue}, Hội đồng tư vấn của {lhh} tỉnh họp phiên thứ nhất để phản biện {theme}."],
        "phan_bien")],
    "dai_hoi": [(
        ["Đại hội {member} tỉnh lần thứ {nth}, nhiệm kỳ {term}",
         "{member} tỉnh tổ chức Đại hội đại biểu lần thứ {nth}",
         "{member} tỉnh: Đại hội nhiệm kỳ {term} thành công tốt đẹp"],
        ["{Part} {date}, {member} tỉnh {province} tổ chức Đại hội đại biểu lần thứ {nth}, nhiệm kỳ {term}.",
         "Ngày {date}, tại {venue}, {member} tỉnh long trọng tổ chức Đại hội lần thứ {nth}, nhiệm kỳ {term} với sự tham dự của {#70-160} đại biểu đại diện cho hơn {#400-2600} hội viên trong toàn tỉnh."],
        "dai_hoi")],
    "hoi_thi": [(
        ["Tổng kết, trao giải Hội thi Sáng tạo kỹ thuật tỉnh lần thứ {nth}",
         "{#20-45} giải pháp đạt giải Hội thi Sáng tạo kỹ thuật tỉnh",
         "Trao giải Hội thi Sáng tạo kỹ thuật lần thứ {nth}"],
        ["{Part} {date}, Ban Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh {province} lần thứ {nth} tổ chức lễ tổng kết và trao giải cho các tác giả, nhóm tác giả có giải pháp đạt giải."],
        "hoi_thi"), (
        ["Phát động Hội thi Sáng tạo kỹ thuật tỉnh lần thứ {nth} ({year}–{next_year})",
         "Triển khai Hội thi Sáng tạo kỹ thuật tỉnh lần thứ {nth}"],
        ["Ngày {date}, {union} phối hợp với Sở Khoa học và Công nghệ, Liên đoàn Lao động tỉnh và Tỉnh đoàn phát động Hội thi Sáng tạo kỹ thuật tỉnh lần thứ {nth}."],
        "hoi_thi_phat_dong")],
    "thieu_nhi": [(
        ["Trao giải Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh lần thứ {nth}",
         "Tổng kết Cuộc thi Sáng tạo dành cho thanh thiếu niên, nhi đồng lần thứ {nth}"],
        ["{Part} {date}, tại {venue}, Ban Tổ chức Cuộc thi Sáng tạo dành cho thanh thiếu niên, nhi đồng tỉnh {province} lần thứ {nth} tổ chức lễ tổng kết và trao giải."],
        "thieu_nhi")],
    "tong_ket": [(
        ["{lhh} tổng kết hoạt động năm {prev_year}, triển khai nhiệm vụ năm {year}",
         "Hội nghị tổng kết công tác năm {prev_year} của {lhh} tỉnh"],
        ["{Part} {date}, {union} tổ chức hội nghị tổng kết hoạt động năm {prev_year} và triển khai nhiệm vụ trọng tâm năm {year}. {Chair} chủ trì hội nghị."],
        "tong_ket"), (
        ["Hội nghị Ban Chấp hành {lhh} tỉnh lần thứ {bch} (mở rộng)"],
        ["Ngày {date}, Ban Chấp hành {union} tổ chức hội nghị lần thứ {bch} nhằm đánh giá kết quả thực hiện nhiệm vụ và bàn phương hướng thời gian tới."],
        "tong_ket")],
    "ton_vinh": [(
        ["Tôn vinh trí thức khoa học và công nghệ tiêu biểu năm {year}",
         "Gặp mặt, tôn vinh {#15-40} trí thức tiêu biểu nhân Ngày Khoa học và Công nghệ Việt Nam"],
        ["{Part} {date}, {union} tổ chức gặp mặt, tôn vinh trí thức khoa học và công nghệ tiêu biểu nhân kỷ niệm Ngày Khoa học và Công nghệ Việt Nam."],
        "ton_vinh"), (
        ["Tọa đàm “Trí thức khoa học và công nghệ với sự nghiệp đổi mới sáng tạo”",
         "Tọa đàm kỷ niệm Ngày Khoa học và Công nghệ Việt Nam 18/5"],
        ["Hướng tới Ngày Khoa học và Công nghệ Việt Nam 18/5, ngày {date}, {lhh} tỉnh {province} tổ chức tọa đàm với chủ đề “Trí thức khoa học và công nghệ với sự nghiệp đổi mới sáng tạo”."],
        "toa_dam")],
    "lam_viec": [(
        ["{lhh} tỉnh {province2} thăm và làm việc tại {province}",
         "Trao đổi kinh nghiệm hoạt động giữa Liên hiệp hội hai tỉnh {province} và {province2}"],
        ["Ngày {date}, đoàn công tác của {lhh} tỉnh {province2} do {visitor} làm trưởng đoàn đã đến thăm và làm việc với {union}.",
         "{Part} {date}, tại trụ sở cơ quan, {lhh} tỉnh {province} đã tiếp và làm việc với đoàn công tác của {lhh} tỉnh {province2}."],
        "lam_viec"), (
        ["Ký kết quy chế phối hợp giữa {lhh} và Sở Khoa học và Công nghệ",
         "{lhh} và Sở Khoa học và Công nghệ ký kết chương trình phối hợp giai đoạn {term}"],
        ["{Part} {date}, {union} và Sở Khoa học và Công nghệ tỉnh {province} tổ chức lễ ký kết quy chế phối hợp hoạt động giai đoạn {term}."],
        "ky_ket")],
    "chuyen_giao": [(
        ["Chuyển giao mô hình {theme} cho nông dân {place}",
         "Hiệu quả từ mô hình {theme} tại {place}", "Nhân rộng mô hình {theme}"],
        ["Thời gian qua, {member} tỉnh đã phối hợp với chính quyền địa phương triển khai mô hình {theme} tại {place}, bước đầu mang lại hiệu quả kinh tế rõ rệt.",
         "Từ nguồn kinh phí sự nghiệp khoa học năm {year}, {union} đã chuyển giao mô hình {theme} cho {#12-40} hộ nông dân ở {place}."],
        "chuyen_giao")],
    "cong_dong": [(
        ["{med} tỉnh khám bệnh, cấp thuốc miễn phí cho người dân {place}",
         "Khám bệnh, tư vấn sức khỏe miễn phí cho người cao tuổi {place}"],
        ["{Part} {date}, {med} tỉnh phối hợp với UBND {place} tổ chức chương trình khám bệnh, tư vấn sức khỏe và cấp thuốc miễn phí cho hơn {#300-900} người dân."],
        "kham_benh"), (
        ["Trao {#20-80} suất học bổng cho học sinh nghèo vượt khó",
         "Tiếp sức đến trường cho học sinh khó khăn ở {place}"],
        ["Ngày {date}, Trung tâm Hỗ trợ phát triển cộng đồng thuộc {union} phối hợp với các nhà hảo tâm trao học bổng cho học sinh có hoàn cảnh khó khăn tại {place}."],
        "hoc_bong")],
}

# Second and third sentences of a three-sentence lead (portal summaries).
LEAD_MORE = [
    "Đây là hoạt động nằm trong chương trình công tác năm {year} đã được Ban Thường vụ thông qua.",
    "Sự kiện thu hút sự quan tâm của đông đảo hội viên và người dân trên địa bàn.",
    "Dự và chỉ đạo có {guest}.",
    "Chủ trì có {chair}.",
    "Đồng chủ trì có {vice}.",
    "Hoạt động được triển khai theo kế hoạch phối hợp giữa {lhh} với các sở, ngành liên quan.",
    "Đây là lần đầu tiên nội dung này được đưa ra thảo luận rộng rãi tại tỉnh.",
    "Tham dự có đại diện lãnh đạo một số sở, ngành, địa phương và các hội thành viên.",
    "Chương trình được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến.",
    "Nhiều vấn đề thực tiễn đã được đặt ra và thảo luận thẳng thắn.",
    "Kết quả sẽ được tổng hợp, báo cáo UBND tỉnh trong tháng tới.",
    "Đến dự có {#50-200} đại biểu đến từ các cơ quan, đơn vị trong và ngoài tỉnh.",
]

ATTEND = [
    "Tham dự có {guest}; đại diện lãnh đạo các sở, ngành, đoàn thể của tỉnh và các hội thành viên.",
    "Đến dự có {guest}; {chair}; cùng đông đảo nhà khoa học, cán bộ quản lý và hội viên.",
    "Về phía {lhh} có {chair} và {vice}; về phía địa phương có đại diện UBND {place} và các phòng, ban chuyên môn.",
    "Chương trình vinh dự đón tiếp {guest}; đại diện Ban Tuyên giáo Tỉnh ủy và các Ủy viên Ban Chấp hành nhiệm kỳ {term_prev}.",
    "Chương trình có sự tham dự của {expert}, {expert2} cùng các chuyên gia thuộc nhiều lĩnh vực.",
    "Cùng dự có đại diện Sở Khoa học và Công nghệ, Sở Tài chính, Sở Nội vụ và lãnh đạo {#8-24} hội thành viên.",
]

BODY = {
    "hoi_thao": [
        "Hội thảo nhận được {#18-46} bài tham luận của các nhà khoa học, nhà quản lý và doanh nghiệp, trong đó {#7-12} tham luận được trình bày trực tiếp tại hội trường.",
        "Theo báo cáo đề dẫn, {theme} là yêu cầu cấp thiết khi tỉnh đang đẩy mạnh tái cơ cấu kinh tế và thích ứng với biến đổi khí hậu.",
        "Các đại biểu chỉ ra rằng nguồn lực đầu tư còn phân tán, sự phối hợp giữa các sở, ngành và địa phương chưa chặt chẽ, trong khi nhận thức của một bộ phận người dân còn hạn chế.",
        "{expert} cho rằng cần sớm xây dựng cơ sở dữ liệu dùng chung, bởi thiếu số liệu điều tra cơ bản thì mọi đề xuất chính sách đều khó đi vào cuộc sống.",
        "Nhiều tham luận phân tích kinh nghiệm của các địa phương trong vùng và một số mô hình ở nước ngoài, từ đó gợi mở hướng đi phù hợp với điều kiện của tỉnh.",
        "Một số doanh nghiệp chia sẻ khó khăn khi tiếp cận chính sách hỗ trợ, nhất là thủ tục vay vốn ưu đãi và chứng nhận chất lượng sản phẩm.",
        "Đại diện Sở Khoa học và Công nghệ cho biết giai đoạn {prev_year}–{year}, tỉnh đã bố trí {#3-12} nhiệm vụ khoa học và công nghệ liên quan với tổng kinh phí hơn {#2-25} tỷ đồng.",
        "Ở góc độ quản lý, các ý kiến đề nghị rà soát lại quy hoạch, ưu tiên nguồn vốn cho những vùng chịu tác động trực tiếp và gắn trách nhiệm người đứng đầu địa phương.",
        "Phần thảo luận diễn ra sôi nổi; không ít câu hỏi của cán bộ cơ sở được các chuyên gia giải đáp bằng số liệu khảo sát thực địa.",
        "Kết quả hội thảo sẽ được tổng hợp thành văn bản kiến nghị gửi Tỉnh ủy, UBND tỉnh để tham khảo khi xây dựng kế hoạch giai đoạn tới.",
        "Ban Tổ chức giới thiệu cuốn kỷ yếu dày gần {#120-260} trang, tập hợp các nghiên cứu mới của đội ngũ trí thức trong và ngoài tỉnh.",
        "{expert_n} nhấn mạnh: “Không thể trông chờ vào một giải pháp đơn lẻ; phải kết hợp công trình với phi công trình, đầu tư của Nhà nước với sự tham gia của người dân”.",
        "Theo {expert2_n}, khâu yếu nhất hiện nay là chuyển giao kết quả nghiên cứu, vì nhiều đề tài nghiệm thu xong lại nằm trong ngăn kéo.",
        "Các ý kiến cũng đề xuất thành lập tổ chuyên gia liên ngành để theo dõi, đánh giá định kỳ và cảnh báo sớm những rủi ro phát sinh.",
        "Đáng chú ý, một nhóm nghiên cứu trẻ trình bày kết quả thử nghiệm tại {place}, cho thấy chi phí có thể giảm khoảng {#15-35}% so với cách làm truyền thống.",
        "Đại diện {member} tỉnh kiến nghị cần có cơ chế đặt hàng nghiên cứu từ phía doanh nghiệp, thay vì chỉ dựa vào ngân sách nhà nước.",
        "Nhiều đại biểu lưu ý đến yếu tố văn hóa, tập quán sản xuất của người dân, bởi một giải pháp tốt về kỹ thuật vẫn có thể thất bại nếu không được cộng đồng chấp nhận.",
        "Hội thảo cũng dành thời gian thảo luận về nguồn nhân lực, khi số cán bộ kỹ thuật được đào tạo bài bản ở cấp xã hiện còn rất mỏng.",
    ],
    "tap_huan": [
        "Các học viên được báo cáo viên giới thiệu những nội dung cơ bản về {theme}, kết hợp giữa lý thuyết và thực hành trên tình huống cụ thể.",
        "Báo cáo viên của lớp là {expert}, người có nhiều năm kinh nghiệm giảng dạy và triển khai thực tế tại cơ sở.",
        "Chương trình được thiết kế ngắn gọn, dễ hiểu, chú trọng thực hành; mỗi học viên đều được trực tiếp thao tác dưới sự hướng dẫn của giảng viên.",
        "Bên cạnh phần lý thuyết, học viên được tham quan mô hình thực tế tại {place} và trao đổi với các hộ đã áp dụng thành công.",
        "Nhiều học viên cho biết lớp học giúp họ tự tin hơn khi hướng dẫn lại cho hội viên ở chi hội và tổ hợp tác.",
        "Cuối khóa, {#90-100}% học viên đạt yêu cầu bài kiểm tra và được cấp giấy chứng nhận hoàn thành khóa học.",
        "Theo Ban Tổ chức, đây là lớp thứ {#2-6} trong năm {year}; các lớp tiếp theo sẽ được mở tại những địa bàn còn khó khăn.",
        "Tài liệu tập huấn được biên soạn riêng cho lớp, in thành sổ tay bỏ túi để học viên tiện tra cứu khi cần.",
        "Học viên đặt nhiều câu hỏi xoay quanh những vướng mắc gặp phải trong thực tế và được giảng viên giải đáp cặn kẽ.",
        "Phát biểu bế giảng, {vice_n} đề nghị học viên vận dụng kiến thức vào công việc và tiếp tục chia sẻ cho cộng đồng.",
        "Kinh phí tổ chức lớp học được trích từ nguồn sự nghiệp khoa học năm {year} do UBND tỉnh giao cho {lhh}.",
        "Một số nội dung còn mới với học viên lớn tuổi nên giảng viên đã dành thêm buổi chiều để hướng dẫn lại từng bước.",
        "{member} tỉnh cam kết tiếp tục theo dõi, hỗ trợ kỹ thuật cho học viên trong ít nhất sáu tháng sau khóa học.",
    ],
    "phan_bien": [
        "Hội đồng tư vấn gồm {#9-17} chuyên gia thuộc các lĩnh vực kinh tế, quy hoạch, môi trường, xã hội và pháp luật.",
        "Các chuyên gia đánh giá cao sự chuẩn bị công phu của cơ quan soạn thảo, song cho rằng phần phân tích hiện trạng còn nặng về liệt kê, thiếu số liệu so sánh.",
        "{expert} đề nghị làm rõ tính khả thi của nguồn vốn, vì tổng mức đầu tư dự kiến vượt xa khả năng cân đối ngân sách trong giai đoạn tới.",
        "Nhiều ý kiến lưu ý việc lấy ý kiến cộng đồng dân cư chịu ảnh hưởng phải thực chất, không làm hình thức cho đủ thủ tục.",
        "Về mặt pháp lý, hội đồng chỉ ra một số điều khoản chưa thống nhất với các văn bản mới ban hành của Trung ương và cần được rà soát lại.",
        "{expert2_n} cảnh báo nguy cơ tác động tiêu cực đến môi trường nếu không có phương án xử lý nước thải, chất thải ngay từ khâu thiết kế.",
        "Hội đồng cũng góp ý về bộ chỉ tiêu đánh giá, đề nghị bổ sung các chỉ tiêu đo lường được thay cho những mục tiêu chung chung.",
        "Đại diện cơ quan soạn thảo tiếp thu các ý kiến và cho biết sẽ hoàn chỉnh hồ sơ trước khi trình UBND tỉnh.",
        "Báo cáo phản biện gồm {#18-40} trang sẽ được {lhh} gửi UBND tỉnh và cơ quan chủ trì trong thời hạn {#7-15} ngày làm việc.",
        "Theo {chair_s}, hoạt động tư vấn, phản biện của {lhh} những năm gần đây ngày càng đi vào chiều sâu, nhiều kiến nghị đã được cơ quan có thẩm quyền tiếp thu.",
        "Từ đầu năm đến nay, {lhh} đã thực hiện {#3-9} nhiệm vụ tư vấn, phản biện, vượt kế hoạch được giao.",
        "Một chuyên gia thẳng thắn cho rằng phần giải pháp còn trùng lặp với các chương trình đang triển khai, dễ gây lãng phí nguồn lực.",
    ],
    "dai_hoi": [
        "Nhiệm kỳ qua, {member} tỉnh đã phát triển thêm {#80-450} hội viên, thành lập mới {#2-7} chi hội cơ sở, nâng tổng số hội viên lên hơn {#600-3000} người.",
        "Hội đã tổ chức {#10-60} buổi sinh hoạt chuyên đề, hội thảo khoa học và tham gia tư vấn, phản biện {#2-9} đề án của tỉnh.",
        "Báo cáo chính trị cũng thẳng thắn chỉ ra hạn chế như nguồn kinh phí hoạt động eo hẹp, một số chi hội sinh hoạt chưa đều, việc thu hút hội viên trẻ còn khó khăn.",
        "Phát biểu chỉ đạo, {guest_n} ghi nhận những đóng góp của hội, đề nghị tiếp tục đổi mới phương thức hoạt động, lấy hội viên làm trung tâm.",
        "Đại hội đã hiệp thương bầu Ban Chấp hành nhiệm kỳ mới gồm {#11-25} ủy viên; {newchair} được tín nhiệm bầu giữ chức Chủ tịch hội.",
        "Đại hội thông qua nghị quyết với các chỉ tiêu chủ yếu: phát triển thêm ít nhất {#100-300} hội viên, mỗi năm tổ chức tối thiểu {#2-6} hội thảo chuyên ngành.",
        "Thay mặt {lhh}, {vice_n} trao bằng khen cho {#3-9} tập thể và {#5-14} cá nhân có thành tích xuất sắc trong nhiệm kỳ qua.",
        "Đại hội cũng thông qua Điều lệ sửa đổi, bổ sung cho phù hợp với quy định mới về tổ chức và hoạt động của hội.",
        "Tân Chủ tịch hội cảm ơn sự tín nhiệm của đại hội và cam kết cùng Ban Chấp hành đưa nghị quyết vào cuộc sống.",
        "Nhiều tham luận tại đại hội chia sẻ kinh nghiệm duy trì sinh hoạt chi hội ở vùng sâu, nơi hội viên ở cách xa nhau hàng chục cây số.",
    ],
    "hoi_thi": [
        "Hội thi năm nay nhận được {#45-120} giải pháp dự thi thuộc các lĩnh vực cơ khí, tự động hóa, nông nghiệp, y dược, công nghệ thông tin và môi trường.",
        "Kết quả, Ban Giám khảo chọn ra {#20-45} giải pháp đạt giải, gồm {#1-2} giải Nhất, {#3-6} giải Nhì, {#7-12} giải Ba và nhiều giải Khuyến khích.",
        "Giải Nhất thuộc về giải pháp “{invention}” của nhóm tác giả đến từ {company}.",
        "Nhiều giải pháp đã được áp dụng vào thực tế, làm lợi hàng trăm triệu đồng mỗi năm cho đơn vị, doanh nghiệp.",
        "Theo Ban Tổ chức, chất lượng giải pháp ngày càng cao, số tác giả là nông dân, công nhân trực tiếp sản xuất tăng đáng kể so với lần trước.",
        "Các giải pháp đạt giải cao sẽ được chọn tham dự Hội thi Sáng tạo kỹ thuật toàn quốc và Giải thưởng Sáng tạo khoa học công nghệ Việt Nam.",
        "Tổng giá trị giải thưởng lên tới hơn {#150-600} triệu đồng, do ngân sách tỉnh và các nhà tài trợ đóng góp.",
        "Hội thi được tổ chức hai năm một lần, là sân chơi bổ ích khơi dậy phong trào lao động sáng tạo trong mọi tầng lớp nhân dân.",
        "Thể lệ hội thi được phổ biến rộng rãi đến các huyện, thị xã, thành phố, các doanh nghiệp và trường học trong tỉnh.",
        "Phát biểu tại buổi lễ, {guest_n} đánh giá hội thi đã góp phần tạo phong trào thi đua sáng tạo sâu rộng trong mọi tầng lớp nhân dân.",
        "Tác giả giải pháp đạt giải Nhất chia sẻ, ý tưởng bắt nguồn từ chính những khó khăn gặp phải hằng ngày trong sản xuất.",
    ],
    "thieu_nhi": [
        "Cuộc thi năm nay thu hút {#90-260} mô hình, sản phẩm dự thi của học sinh các trường tiểu học, trung học cơ sở và trung học phổ thông.",
        "Ban Giám khảo đã trao {#2-4} giải Nhất, {#4-8} giải Nhì, {#8-14} giải Ba và {#15-30} giải Khuyến khích cho các tác giả, nhóm tác giả.",
        "Sản phẩm “{invention}” của nhóm học sinh {school} được đánh giá cao nhờ tính ứng dụng và chi phí chế tạo thấp.",
        "Các đề tài tập trung vào những vấn đề gần gũi như bảo vệ môi trường, an toàn giao thông, tiết kiệm năng lượng và hỗ trợ người khuyết tật.",
        "Nhiều giáo viên hướng dẫn cho biết điều quý nhất là các em đã biết quan sát đời sống, đặt câu hỏi và kiên trì tìm lời giải.",
        "Ban Tổ chức sẽ chọn {#4-8} sản phẩm xuất sắc tham gia Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng toàn quốc.",
        "Trước đó, {lhh} đã tổ chức tập huấn kỹ năng xây dựng ý tưởng, viết thuyết minh dự thi cho hơn {#150-400} giáo viên và học sinh.",
        "Phụ huynh và thầy cô đến chúc mừng các em rất đông, tạo không khí sôi nổi tại buổi lễ.",
    ],
    "tong_ket": [
        "Năm {prev_year}, {lhh} đã hoàn thành và vượt {#8-12}/{#12-14} chỉ tiêu kế hoạch đề ra; tổ chức {#6-15} hội thảo khoa học và {#8-20} lớp tập huấn với hơn {#900-3200} lượt người tham dự.",
        "Hệ thống tổ chức tiếp tục được củng cố; hiện {lhh} có {#18-40} hội thành viên với khoảng {#12000-30000} hội viên.",
        "Công tác tư vấn, phản biện và giám định xã hội được đẩy mạnh với {#3-9} đề án, dự án được phản biện, đạt {#110-160}% kế hoạch.",
        "Bản tin khoa học và công nghệ của {lhh} phát hành đều đặn {#4-12} số, trang thông tin điện tử đăng tải hơn {#200-700} tin, bài.",
        "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như kinh phí hoạt động còn hạn hẹp, một số hội thành viên hoạt động cầm chừng.",
        "Năm {year}, {lhh} đặt mục tiêu nâng cao chất lượng tư vấn, phản biện, phát triển thêm {#2-4} hội thành viên và tổ chức thành công các hội thi, cuộc thi sáng tạo.",
        "Thảo luận tại hội nghị, các đại biểu đề nghị tăng cường kết nối giữa các hội thành viên, chia sẻ nguồn lực chuyên gia và cơ sở dữ liệu.",
        "Kết luận hội nghị, {chair_n} đề nghị các hội thành viên chủ động đổi mới nội dung, phương thức hoạt động theo hướng thiết thực, hiệu quả.",
        "Hội nghị đã trao bằng khen của Liên hiệp hội Việt Nam cho {#2-5} tập thể và {#4-9} cá nhân có thành tích xuất sắc.",
        "Trong năm, các đơn vị trực thuộc vận động được gần {#3-12} tỷ đồng từ các tổ chức phi chính phủ để triển khai các dự án hỗ trợ cộng đồng.",
        "Công tác tôn vinh trí thức được quan tâm; {#1-3} trí thức của tỉnh được Liên hiệp hội Việt Nam công nhận danh hiệu trí thức tiêu biểu.",
        "Hội nghị cũng thống nhất kiện toàn một số chức danh Ủy viên Ban Chấp hành theo nguyện vọng cá nhân và yêu cầu công tác.",
    ],
    "ton_vinh": [
        "Dịp này, {#15-40} trí thức tiêu biểu có nhiều đóng góp trong nghiên cứu, ứng dụng khoa học và công nghệ được tôn vinh.",
        "Trong số các trí thức được tôn vinh có nhiều nhà khoa học trẻ, tác giả của các công trình được ứng dụng rộng rãi trong sản xuất và đời sống.",
        "Đại diện các trí thức, {expert_n} bày tỏ niềm vinh dự và mong muốn tỉnh có thêm cơ chế đặt hàng nghiên cứu để trí thức được cống hiến nhiều hơn.",
        "Tại tọa đàm, các đại biểu thảo luận về môi trường làm việc, chính sách thu hút và trọng dụng nhân tài của tỉnh.",
        "{guest_n} khẳng định tỉnh luôn trân trọng, ghi nhận đóng góp của đội ngũ trí thức và sẽ tiếp tục tạo điều kiện để trí thức phát huy năng lực.",
        "Nhiều ý kiến cho rằng cần đơn giản hóa thủ tục quản lý đề tài, để nhà khoa học dành thời gian cho chuyên môn thay vì giấy tờ.",
        "Buổi gặp mặt diễn ra trong không khí ấm cúng, thân tình giữa các thế hệ trí thức của tỉnh.",
    ],
    "lam_viec": [
        "Tại buổi làm việc, hai bên trao đổi kinh nghiệm về công tác tập hợp, đoàn kết trí thức, tổ chức hội thi sáng tạo và hoạt động tư vấn, phản biện.",
        "{lhh} tỉnh {province2} đã {#5-11} lần tổ chức Hội thi Sáng tạo kỹ thuật và nhiều năm liền có giải pháp đạt giải toàn quốc.",
        "Hai bên thẳng thắn chia sẻ những khó khăn chung như biên chế cơ quan ít, kinh phí hoạt động phụ thuộc nhiều vào ngân sách.",
        "Đoàn công tác đã đi thăm một số mô hình ứng dụng tiến bộ khoa học kỹ thuật do các hội thành viên triển khai tại {place}.",
        "Theo quy chế mới ký kết, hai cơ quan sẽ phối hợp xây dựng đội ngũ chuyên gia, chia sẻ thông tin và cùng tổ chức các diễn đàn trí thức hằng năm.",
        "Kết thúc chuyến công tác, hai đơn vị thống nhất duy trì trao đổi định kỳ và cùng đề xuất một số nhiệm vụ khoa học liên tỉnh.",
        "Trưởng đoàn cảm ơn sự đón tiếp chu đáo và mời {lhh} tỉnh {province} tham dự diễn đàn trí thức khu vực dự kiến tổ chức vào năm tới.",
    ],
    "chuyen_giao": [
        "Mỗi hộ tham gia được hỗ trợ {#30-60}% chi phí giống, vật tư và được cán bộ kỹ thuật hướng dẫn trực tiếp trong suốt quá trình thực hiện.",
        "Sau {#5-10} tháng triển khai, năng suất bình quân đạt cao hơn khoảng {#15-35}% so với cách làm cũ, chi phí thức ăn và thuốc thú y giảm đáng kể.",
        "Anh {farmer}, một hộ tham gia mô hình, cho biết nhờ được tập huấn kỹ lưỡng nên gia đình đã chủ động xử lý các tình huống phát sinh.",
        "Điểm mới của mô hình là quy trình được ghi chép đầy đủ, giúp các hộ khác dễ dàng học tập và làm theo.",
        "Chính quyền địa phương đánh giá cao hiệu quả và đề nghị tiếp tục nhân rộng mô hình ra các thôn lân cận.",
        "Một số hộ đã liên kết với hợp tác xã để bao tiêu sản phẩm, giảm rủi ro khi giá thị trường biến động.",
        "Khó khăn lớn nhất là vốn ban đầu; vì vậy {member} tỉnh đang phối hợp với ngân hàng chính sách để hỗ trợ các hộ vay ưu đãi.",
    ],
    "kham_benh": [
        "Các y, bác sĩ là hội viên {med} tỉnh đã khám, tư vấn và cấp thuốc cho người dân, tập trung vào bệnh cao huyết áp, đái tháo đường và bệnh xương khớp.",
        "Tổng kinh phí của chương trình khoảng {#80-300} triệu đồng, do các nhà hảo tâm và doanh nghiệp trong tỉnh đóng góp.",
        "Nhiều người cao tuổi lần đầu được đo điện tim, siêu âm ngay tại trạm y tế xã mà không phải đi xa.",
        "Bên cạnh khám bệnh, chương trình còn tổ chức nói chuyện chuyên đề về phòng bệnh, dinh dưỡng hợp lý cho người dân.",
        "Đây là năm thứ {#3-9} liên tiếp hội tổ chức hoạt động này tại các xã vùng sâu, vùng xa của tỉnh.",
        "Các trường hợp phát hiện bệnh lý nặng được tư vấn chuyển tuyến và hướng dẫn thủ tục bảo hiểm y tế.",
    ],
    "hoc_bong": [
        "Mỗi suất học bổng trị giá từ {#1-3} triệu đồng kèm sách vở, đồ dùng học tập, do các doanh nghiệp và hội viên đóng góp.",
        "Các em được chọn trao học bổng đều có thành tích học tập khá, giỏi dù hoàn cảnh gia đình đặc biệt khó khăn.",
        "Những suất học bổng tuy giá trị không lớn nhưng là nguồn động viên kịp thời giúp các em vững bước tới trường.",
        "Em {pupil}, học sinh lớp {#6-12}, xúc động chia sẻ sẽ cố gắng học tốt để không phụ lòng các cô chú.",
        "Đây là năm thứ {#3-9} liên tiếp chương trình được duy trì, với tổng số hơn {#200-700} suất học bổng đã được trao.",
        "Đại diện chính quyền địa phương cảm ơn tấm lòng của các nhà hảo tâm và mong chương trình tiếp tục được nhân rộng.",
    ],
    "hoi_thi_phat_dong": [
        "Hội thi nhằm khơi dậy phong trào lao động sáng tạo, phát hiện và tôn vinh các giải pháp kỹ thuật có giá trị ứng dụng trong sản xuất và đời sống.",
        "Đối tượng dự thi là mọi tổ chức, cá nhân đang sinh sống, làm việc trên địa bàn tỉnh, có giải pháp được áp dụng trong thực tiễn.",
        "Giải pháp dự thi thuộc các lĩnh vực cơ khí, tự động hóa, nông – lâm – ngư nghiệp, y dược, công nghệ thông tin, giáo dục và bảo vệ môi trường.",
        "Hồ sơ dự thi được nhận tại Văn phòng {lhh} đến hết ngày 30/6/{next_year}.",
        "Ban Tổ chức dự kiến trao {#1-2} giải Nhất, {#3-5} giải Nhì, {#6-10} giải Ba và một số giải Khuyến khích.",
        "Ngay sau lễ phát động, Ban Tổ chức sẽ mở các lớp hướng dẫn viết thuyết minh giải pháp tại các huyện, thị xã, thành phố.",
        "Theo {chair_s}, so với các lần trước, hội thi năm nay chú trọng hơn đến các giải pháp chuyển đổi số và tiết kiệm năng lượng.",
    ],
    "toa_dam": [
        "Các đại biểu thảo luận về môi trường làm việc, chính sách thu hút và trọng dụng nhân tài của tỉnh.",
        "{expert_n} cho rằng điều trí thức cần nhất không phải là đãi ngộ vật chất mà là được giao việc, được tin tưởng và được chịu trách nhiệm.",
        "Nhiều ý kiến cho rằng cần đơn giản hóa thủ tục quản lý đề tài, để nhà khoa học dành thời gian cho chuyên môn thay vì giấy tờ.",
        "Một số nhà khoa học trẻ chia sẻ khó khăn khi tiếp cận nguồn kinh phí nghiên cứu và thiết bị thí nghiệm hiện đại.",
        "Tọa đàm cũng bàn về vai trò của doanh nghiệp trong đặt hàng nghiên cứu và thương mại hóa kết quả khoa học.",
        "{guest_n} khẳng định tỉnh luôn trân trọng, ghi nhận đóng góp của đội ngũ trí thức và sẽ tiếp tục tạo điều kiện để trí thức phát huy năng lực.",
    ],
    "ky_ket": [
        "Theo quy chế, hai bên phối hợp trong tư vấn, phản biện các chương trình, đề án phát triển khoa học và công nghệ của tỉnh.",
        "Sở Khoa học và Công nghệ sẽ tạo điều kiện để các hội thành viên tham gia tuyển chọn, thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh.",
        "Hai cơ quan cùng phối hợp tổ chức Hội thi Sáng tạo kỹ thuật, Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng và các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam.",
        "Định kỳ hằng năm, hai bên sẽ sơ kết việc thực hiện quy chế, đánh giá những việc đã làm được và điều chỉnh nội dung cho phù hợp.",
        "Giai đoạn trước, nhờ phối hợp chặt chẽ, {#5-12} kết quả nghiên cứu của các hội thành viên đã được chuyển giao cho địa phương.",
        "{chair_n} mong muốn quy chế không chỉ nằm trên giấy mà phải được cụ thể hóa bằng kế hoạch hằng năm với những việc làm cụ thể.",
    ],
}

SPEECH = [
    "Phát biểu chỉ đạo, {guest_n} đánh giá cao sự chủ động của {lhh} và đề nghị tiếp tục phát huy vai trò của đội ngũ trí thức trong việc tham mưu, đề xuất giải pháp cho tỉnh.",
    "Kết luận, {chair_n} cảm ơn các đại biểu đã đóng góp nhiều ý kiến xác đáng và cho biết {lhh} sẽ tổng hợp đầy đủ để kiến nghị với cơ quan có thẩm quyền.",
    "Phát biểu tại buổi lễ, {chair_s} nhấn mạnh rằng mỗi hội viên cần là một hạt nhân lan tỏa tri thức ở cộng đồng nơi mình sinh sống.",
    "{guest_n} đề nghị thời gian tới cần tăng cường phối hợp giữa {lhh} với các sở, ngành để kết quả nghiên cứu sớm đi vào thực tiễn.",
    "Thay mặt Ban Tổ chức, {vice_n} ghi nhận tinh thần trách nhiệm của các chuyên gia và mong tiếp tục nhận được sự đồng hành trong các hoạt động sắp tới.",
    "Kết thúc chương trình, {chair_s} đề nghị các hội thành viên chủ động đăng ký nội dung phối hợp cho năm {next_year} trước ngày 15/12.",
]

CLOSING = [
    "Dịp này, Ban Tổ chức đã trao giấy khen cho {#3-8} tập thể và {#5-12} cá nhân có nhiều đóng góp.",
    "Chương trình khép lại trong không khí phấn khởi, cởi mở.",
    "Thời gian tới, {lhh} sẽ tiếp tục phối hợp với các hội thành viên tổ chức các hoạt động tương tự tại những địa bàn còn nhiều khó khăn.",
    "Được biết, đây là một trong những hoạt động thiết thực chào mừng Đại hội Đảng bộ tỉnh lần thứ {#15-17}.",
    "Các tài liệu của chương trình đã được đăng tải trên trang thông tin điện tử của {lhh} để hội viên tham khảo.",
    "{lhh} sẽ theo dõi, đánh giá hiệu quả sau {#3-6} tháng và báo cáo UBND tỉnh.",
    "Hoạt động nhận được sự hưởng ứng tích cực của chính quyền và nhân dân địa phương.",
]

INVENTIONS = [
    "Máy tách hạt điều bán tự động", "Hệ thống cảnh báo lũ sớm dùng cảm biến mực nước",
    "Thiết bị sấy nông sản bằng năng lượng mặt trời", "Phần mềm quản lý hồ sơ bệnh án điện tử",
    "Robot phun thuốc trong nhà màng", "Máy gieo hạt cầm tay", "Bộ điều khiển tưới thông minh qua điện thoại",
    "Quy trình nhân giống lan kim tuyến", "Máy xay cỏ kết hợp phối trộn thức ăn chăn nuôi",
    "Gậy dẫn đường cho người khiếm thị", "Thùng rác phân loại tự động", "Xe lăn gấp gọn đa năng",
    "Máy lọc nước nhiễm mặn quy mô hộ gia đình", "Hệ thống giám sát nhiệt độ kho lạnh",
]
COMPANIES = [
    "Công ty Điện lực tỉnh", "Bệnh viện Đa khoa tỉnh", "Công ty Cổ phần Cấp thoát nước",
    "Trường Cao đẳng Nghề", "Hợp tác xã Nông nghiệp Thành Công", "Công ty TNHH Cơ khí Tân Tiến",
    "Trung tâm Y tế huyện", "Công ty Xăng dầu tỉnh",
]
SCHOOLS = ["Trường THPT chuyên Lê Quý Đôn", "Trường THCS Nguyễn Du", "Trường THPT Phan Bội Châu",
           "Trường THCS Lê Hồng Phong", "Trường Tiểu học Kim Đồng", "Trường THPT Trần Hưng Đạo"]
PARTS = ["Sáng", "Chiều"]

# Knowledge articles (phổ biến kiến thức): each subject is one article; a site gets its own.
KNOWLEDGE = {
    "sot_xuat_huyet": ("Chủ động phòng bệnh sốt xuất huyết trong mùa mưa", [
        "Sốt xuất huyết Dengue là bệnh truyền nhiễm cấp tính do vi rút Dengue gây ra, lây truyền qua muỗi vằn Aedes aegypti đốt người. Bệnh có thể gặp ở mọi lứa tuổi và thường tăng mạnh vào mùa mưa.",
        "Người bệnh thường sốt cao đột ngột, liên tục từ hai đến bảy ngày, kèm đau đầu, đau hốc mắt, đau cơ và khớp. Một số trường hợp xuất hiện chấm xuất huyết dưới da, chảy máu chân răng hoặc chảy máu cam.",
        "Giai đoạn nguy hiểm nhất thường rơi vào ngày thứ ba đến ngày thứ bảy của bệnh, khi người bệnh đã bớt sốt. Lúc này cần theo dõi sát các dấu hiệu như đau bụng vùng gan, nôn nhiều, li bì, chân tay lạnh để kịp thời đưa đến cơ sở y tế.",
        "Hiện chưa có thuốc điều trị đặc hiệu; việc điều trị chủ yếu là hạ sốt bằng paracetamol, bù nước và theo dõi. Tuyệt đối không dùng aspirin hay ibuprofen vì có thể làm tăng nguy cơ xuất huyết.",
        "Biện pháp phòng bệnh hiệu quả nhất là diệt lăng quăng, bọ gậy: đậy kín dụng cụ chứa nước, thả cá vào bể lớn, thu gom vật phế thải quanh nhà. Cả nhà nên ngủ màn kể cả ban ngày, mặc quần áo dài tay và dùng kem xua muỗi khi cần.",
        "Mỗi gia đình hãy dành mười phút mỗi tuần để kiểm tra và loại bỏ nơi muỗi đẻ trứng. Đó là việc nhỏ nhưng góp phần quan trọng để cả cộng đồng không có dịch.",
    ]),
    "u_phan": ("Kỹ thuật ủ phân hữu cơ từ phụ phẩm nông nghiệp", [
        "Mỗi năm, đồng ruộng để lại một lượng lớn rơm rạ, thân cây ngô, vỏ cà phê và phân chuồng. Nếu đem đốt hoặc bỏ đi, nông dân vừa lãng phí nguồn dinh dưỡng vừa gây ô nhiễm môi trường.",
        "Để ủ phân, cần chọn nơi cao ráo, có mái che, gần nguồn nước. Nguyên liệu được băm nhỏ khoảng năm đến mười centimet rồi xếp thành từng lớp dày chừng hai mươi centimet.",
        "Giữa các lớp rắc chế phẩm vi sinh như Trichoderma theo liều lượng hướng dẫn, tưới nước sao cho độ ẩm đạt khoảng năm mươi đến sáu mươi phần trăm, tức nắm chặt thấy nước rịn qua kẽ tay là vừa.",
        "Đống ủ được phủ bạt kín để giữ nhiệt và ẩm. Sau hai đến ba tuần, đảo trộn một lần để cung cấp thêm không khí cho vi sinh vật hoạt động; nếu thấy khô thì bổ sung nước.",
        "Khoảng bốn mươi lăm đến sáu mươi ngày, phân hoai mục có màu nâu sẫm, tơi xốp và không còn mùi hôi là có thể sử dụng. Phân ủ nên bón lót hoặc bón thúc, kết hợp với phân khoáng theo nhu cầu từng loại cây.",
        "Nhiều hộ áp dụng cho biết đất tơi xốp hơn, cây ít sâu bệnh và chi phí phân bón giảm đáng kể sau hai vụ sử dụng.",
    ]),
    "duoi_nuoc": ("Phòng, chống đuối nước cho trẻ em mùa hè", [
        "Mùa hè là thời điểm trẻ em nghỉ học, thường rủ nhau tắm sông, suối, ao hồ. Đây cũng là khoảng thời gian xảy ra nhiều vụ đuối nước thương tâm nhất trong năm.",
        "Nguyên nhân chủ yếu là trẻ chưa biết bơi, thiếu kỹ năng an toàn khi ở dưới nước và thiếu sự giám sát của người lớn. Nhiều vụ việc xảy ra ngay tại hố nước gần nhà, nơi tưởng như an toàn.",
        "Cha mẹ cần dạy trẻ không tự ý đi tắm một mình, không chơi gần ao hồ, giếng nước, hố công trình. Các dụng cụ chứa nước trong gia đình phải có nắp đậy chắc chắn.",
        "Khi phát hiện người đuối nước, cần hô hoán gọi người hỗ trợ, dùng sào, dây hoặc phao để cứu, tránh nhảy xuống nước nếu bản thân không biết bơi giỏi. Sau khi đưa nạn nhân lên bờ, phải làm thông đường thở và ép tim ngay nếu nạn nhân ngừng thở.",
        "Dạy bơi và kỹ năng an toàn trong môi trường nước cho trẻ là giải pháp căn cơ, lâu dài. Nhiều địa phương đã tận dụng bể bơi di động, ao hồ được rào chắn để mở lớp dạy bơi miễn phí vào dịp hè.",
    ]),
    "tiet_kiem_dien": ("Mẹo sử dụng điện tiết kiệm trong gia đình", [
        "Tiền điện mùa nắng nóng thường tăng vọt vì điều hòa, quạt và tủ lạnh phải hoạt động liên tục. Chỉ vài thay đổi nhỏ trong thói quen sinh hoạt đã có thể giảm đáng kể hóa đơn hằng tháng.",
        "Điều hòa nên đặt ở mức hai mươi sáu đến hai mươi tám độ C, kết hợp với quạt để luồng khí lưu thông đều. Mỗi độ hạ thấp hơn có thể làm máy tiêu tốn thêm khoảng năm đến bảy phần trăm điện năng.",
        "Tủ lạnh cần đặt cách tường ít nhất mười centimet, không cho thức ăn còn nóng vào tủ và hạn chế mở cửa tủ nhiều lần. Gioăng cửa bị hở nên được thay sớm.",
        "Thay bóng đèn sợi đốt bằng đèn LED, rút phích cắm các thiết bị khi không dùng vì chế độ chờ vẫn tiêu thụ điện. Khi mua thiết bị mới, nên ưu tiên sản phẩm có dán nhãn năng lượng từ bốn sao trở lên.",
        "Tiết kiệm điện không chỉ giúp gia đình giảm chi phí mà còn góp phần giảm áp lực cho hệ thống điện vào giờ cao điểm.",
    ]),
    "dot_quy": ("Nhận biết sớm dấu hiệu đột quỵ", [
        "Đột quỵ xảy ra khi dòng máu cung cấp cho một phần não bị gián đoạn do tắc hoặc vỡ mạch máu. Tế bào não thiếu oxy sẽ chết dần chỉ sau vài phút, vì vậy thời gian là yếu tố quyết định.",
        "Các chuyên gia khuyến cáo ghi nhớ quy tắc F.A.S.T: méo miệng, yếu tay chân một bên, nói ngọng hoặc khó nói, và thời gian cần gọi cấp cứu ngay. Chỉ cần một trong các dấu hiệu này, người bệnh phải được đưa đến bệnh viện có khả năng điều trị đột quỵ.",
        "Tuyệt đối không cạo gió, chích máu đầu ngón tay hay cho người bệnh ăn uống, vì có thể gây sặc và làm mất thời gian vàng. Nên đặt người bệnh nằm nghiêng, nới lỏng quần áo và theo dõi nhịp thở.",
        "Tăng huyết áp, đái tháo đường, rối loạn mỡ máu, hút thuốc lá và lạm dụng rượu bia là những yếu tố nguy cơ hàng đầu. Kiểm soát tốt các bệnh nền và khám sức khỏe định kỳ giúp giảm đáng kể nguy cơ đột quỵ.",
        "Đột quỵ ngày càng trẻ hóa, không ít trường hợp dưới bốn mươi tuổi. Mỗi người nên chủ động duy trì lối sống lành mạnh, vận động ít nhất ba mươi phút mỗi ngày.",
    ]),
    "rac_nhua": ("Giảm rác thải nhựa từ những việc nhỏ", [
        "Mỗi ngày, một gia đình có thể thải ra hàng chục túi ni lông, hộp xốp và chai nhựa dùng một lần. Phần lớn trong số đó phải mất hàng trăm năm mới phân hủy, trôi ra sông, ra biển và đi vào chuỗi thức ăn.",
        "Thói quen mang theo túi vải khi đi chợ, dùng bình nước cá nhân, từ chối ống hút nhựa là những việc ai cũng làm được. Các cửa hàng có thể khuyến khích khách hàng bằng cách giảm giá khi mang theo hộp đựng.",
        "Phân loại rác tại nguồn giúp tăng tỷ lệ tái chế và giảm lượng rác phải chôn lấp. Rác hữu cơ có thể ủ làm phân bón cho vườn nhà.",
        "Nhiều trường học đã triển khai mô hình “đổi rác lấy quà”, giúp học sinh hình thành ý thức bảo vệ môi trường ngay từ nhỏ.",
    ]),
    "ong_mat": ("Một số lưu ý khi nuôi ong mật mùa mưa", [
        "Mùa mưa kéo dài khiến nguồn hoa khan hiếm, ong ít ra ngoài kiếm ăn và dễ phát sinh bệnh. Người nuôi cần chủ động chăm sóc để đàn ong vượt qua giai đoạn khó khăn này.",
        "Thùng ong nên kê cao khỏi mặt đất, đặt nơi thoáng, có mái che và hơi nghiêng về phía trước để nước không đọng trong thùng. Cửa tổ cần thu hẹp để ong dễ bảo vệ, tránh kiến và ong rừng vào cướp mật.",
        "Khi nguồn hoa cạn, cho ong ăn bổ sung nước đường pha theo tỷ lệ một đường một nước vào buổi chiều tối. Không cho ăn quá nhiều một lúc vì dễ gây kích thích ong đi cướp.",
        "Thường xuyên kiểm tra cầu ong, loại bỏ bánh tổ cũ, bị mốc. Nếu phát hiện bệnh thối ấu trùng, cần cách ly đàn bệnh và xử lý theo hướng dẫn của cán bộ kỹ thuật.",
        "Chăm sóc tốt trong mùa mưa sẽ giúp đàn ong khỏe, sẵn sàng cho vụ mật chính năm sau.",
    ]),
    "an_toan_thuc_pham": ("Lựa chọn thực phẩm an toàn dịp cuối năm", [
        "Dịp cuối năm, nhu cầu mua sắm thực phẩm tăng cao, cũng là lúc hàng kém chất lượng, không rõ nguồn gốc dễ trà trộn vào thị trường.",
        "Người tiêu dùng nên mua thực phẩm tại cơ sở uy tín, có nhãn mác, hạn sử dụng rõ ràng và tem truy xuất nguồn gốc. Với thịt tươi, cần chú ý màu sắc, độ đàn hồi và mùi đặc trưng.",
        "Rau quả nên ngâm, rửa kỹ dưới vòi nước chảy; không dùng thực phẩm có dấu hiệu nấm mốc, biến màu. Đồ ăn chế biến sẵn phải được bảo quản lạnh và sử dụng trong thời gian ngắn.",
        "Khi phát hiện sản phẩm nghi ngờ không đảm bảo an toàn, người dân có thể phản ánh tới Hội Bảo vệ quyền lợi người tiêu dùng hoặc cơ quan chức năng địa phương.",
    ]),
    "sat_lo": ("Những dấu hiệu cảnh báo sạt lở đất", [
        "Sạt lở đất thường xảy ra sau những đợt mưa lớn kéo dài ở vùng đồi núi, ven sông. Nhận biết sớm dấu hiệu bất thường giúp người dân kịp thời sơ tán, giảm thiệt hại về người và tài sản.",
        "Các dấu hiệu cần chú ý gồm: vết nứt mới xuất hiện trên sườn đồi, nền nhà hoặc tường; cây cối, cột điện bị nghiêng; nước suối đột ngột đục ngầu hoặc cạn bất thường; có tiếng nổ lục bục trong lòng đất.",
        "Khi thấy các dấu hiệu trên, người dân phải báo ngay cho chính quyền địa phương và di chuyển đến nơi an toàn, tuyệt đối không quay lại nhà để lấy tài sản.",
        "Về lâu dài, cần hạn chế san gạt, đào chân taluy để làm nhà, trồng cây có bộ rễ sâu để giữ đất và xây dựng hệ thống thoát nước hợp lý.",
    ]),
    "ca_phe": ("Tái canh cà phê: chọn giống và kỹ thuật trồng", [
        "Nhiều vườn cà phê đã trên hai mươi năm tuổi, năng suất giảm mạnh, sâu bệnh nhiều, buộc người trồng phải tính đến tái canh.",
        "Trước khi trồng lại, đất cần được luân canh với cây họ đậu hoặc cây ngắn ngày từ một đến hai năm, nhổ sạch rễ cũ và xử lý vôi để hạn chế tuyến trùng.",
        "Nên chọn các giống cà phê vối ghép cao sản, kháng bệnh gỉ sắt đã được công nhận; cây giống phải có nguồn gốc rõ ràng, bầu đất chắc, lá xanh đều.",
        "Hố trồng đào trước khi trồng khoảng một tháng, bón lót phân chuồng hoai mục trộn lân. Trong năm đầu, cần che bóng tạm thời và tưới giữ ẩm vào mùa khô.",
        "Tái canh đúng kỹ thuật giúp vườn cây cho thu hoạch ổn định từ năm thứ ba, năng suất cao hơn vườn cũ từ ba mươi đến năm mươi phần trăm.",
    ]),
}

SENTENCE_START = re.compile(r"([.!?:]\s+|“)(ông|bà)\b")
KNOWLEDGE.update({
    "chay_rung": ("Chủ động phòng cháy, chữa cháy rừng mùa khô", [
        "Mùa khô ở Tây Nguyên thường kéo dài từ tháng 12 đến tháng 4 năm sau, thảm thực bì dưới tán rừng thông khô kiệt, chỉ một tàn lửa nhỏ cũng có thể gây cháy lan trên diện rộng.",
        "Nguyên nhân chủ yếu vẫn là do con người: đốt thực bì làm rẫy không kiểm soát, đốt ong lấy mật, dùng lửa khi đi rừng hoặc vứt tàn thuốc. Vì vậy, công tác tuyên truyền đến từng hộ nhận khoán bảo vệ rừng có ý nghĩa quyết định.",
        "Các chủ rừng cần xây dựng phương án phòng cháy theo phương châm bốn tại chỗ, phát dọn đường băng cản lửa, xử lý vật liệu cháy trước mùa khô và bố trí chòi canh ở những điểm cao.",
        "Khi phát hiện đám cháy, người dân phải báo ngay cho chính quyền và lực lượng kiểm lâm gần nhất; dùng dụng cụ thủ công như cành cây tươi, bàn dập lửa để dập đám cháy nhỏ, tuyệt đối không đứng ở hướng gió thổi tới.",
        "Ứng dụng ảnh vệ tinh và camera cảnh báo sớm đang giúp nhiều đơn vị phát hiện điểm cháy chỉ sau vài phút, rút ngắn đáng kể thời gian huy động lực lượng.",
    ]),
    "mac_ca": ("Kỹ thuật trồng mắc ca xen cà phê", [
        "Mắc ca là cây thân gỗ lâu năm, thích hợp với vùng đất đỏ bazan có độ cao từ 600 đến 1.000 mét. Trồng xen trong vườn cà phê vừa tạo bóng mát, chắn gió, vừa cho thêm nguồn thu nhập ổn định.",
        "Mật độ trồng xen phổ biến từ 70 đến 100 cây mỗi héc-ta, khoảng cách 12 x 9 mét hoặc 12 x 12 mét tùy địa hình. Cây giống nên là cây ghép từ các dòng đã được công nhận như OC, 246, 816, 842.",
        "Hố trồng kích thước 60 x 60 x 60 centimet, bón lót phân chuồng hoai mục và lân; sau khi trồng cần cắm cọc giữ cây, tủ gốc giữ ẩm và tưới nước đều trong mùa khô năm đầu.",
        "Mắc ca ra hoa vào khoảng tháng 1 đến tháng 3 và thu hoạch từ tháng 7 đến tháng 9. Hạt rụng tự nhiên cần được nhặt thường xuyên, tách vỏ xanh trong vòng 24 giờ rồi phơi hoặc sấy đến độ ẩm an toàn.",
        "Với kỹ thuật chăm sóc đúng, cây cho quả bói từ năm thứ tư và đạt năng suất ổn định từ năm thứ tám trở đi.",
    ]),
    "go_lon": ("Chuyển hóa rừng trồng gỗ nhỏ sang kinh doanh gỗ lớn", [
        "Phần lớn rừng trồng keo, bạch đàn hiện nay được khai thác ở chu kỳ năm đến bảy năm để làm dăm gỗ, giá trị thấp và nhanh làm nghèo đất.",
        "Kéo dài chu kỳ lên mười đến mười hai năm để lấy gỗ xẻ có thể nâng giá trị mỗi héc-ta rừng lên gấp hai đến ba lần, đồng thời giảm chi phí trồng lại và hạn chế xói mòn.",
        "Để chuyển hóa, chủ rừng cần tỉa thưa theo hướng giữ lại những cây sinh trưởng tốt, thân thẳng, tán đều; tỉa cành sớm để có đoạn thân không mắt dài.",
        "Tham gia chứng chỉ quản lý rừng bền vững giúp gỗ có đầu ra ổn định cho doanh nghiệp chế biến xuất khẩu, với giá bán cao hơn gỗ thông thường.",
    ]),
})

PLACEHOLDER = re.compile(r"\{(#?)([A-Za-z_0-9\-]+)\}")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def slugify(text: str, limit: int = 90) -> str:
    """ASCII slug of a Vietnamese title, as these CMSs make them."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:limit].rstrip("-")


@dataclass
class Body:
    """A composed story: what the site shows, before HTML."""

    title: str
    paragraphs: list[str]
    captions: list[tuple[int, str]] = field(default_factory=list)  # (after paragraph i, caption)


class Prose:
    """Sentence banks bound to one site's province, union and people; draws without repeats."""

    def __init__(self, seed: int, province: str, places: list[str], union: str | None = None,
                 lhh: str = "Liên hiệp hội", knowledge: list[str] | None = None,
                 chair_post: str = "Chủ tịch Liên hiệp hội",
                 vice_post: str = "Phó Chủ tịch Thường trực Liên hiệp hội",
                 themes: dict[str, list[str]] | None = None, members: list[str] | None = None):
        self.rng = random.Random(seed)
        self.province = province
        self.places = places
        self.union = union or f"Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh {province}"
        self.lhh = lhh
        rng = self.rng
        self.chair = random_person(rng, chair_post, academic=True)
        self.vice = random_person(rng, vice_post)
        self.knowledge = list(knowledge or [])
        self.themes = themes or {}
        self.members = members or MEMBERS
        self._used: dict[str, set[int]] = {}
        self._themes_used: dict[str, set[int]] = {}

    # -- drawing ---------------------------------------------------------------------
    def _draw(self, key: str, bank: list[str], k: int) -> list[str]:
        used = self._used.setdefault(key, set())
        free = [i for i in range(len(bank)) if i not in used]
        if len(free) < k:
            used.clear()
            free = list(range(len(bank)))
        picks = self.rng.sample(free, k)
        used.update(picks)
        return [bank[i] for i in sorted(picks)]

    def _theme(self, kind: str) -> str:
        bank = (self.themes.get(kind) or THEMES.get(kind)
                or (CHUYEN_GIAO_THEMES if kind == "chuyen_giao" else [""]))
        return self._draw("theme:" + kind, bank, 1)[0]

    def _fill(self, template: str, ctx: dict) -> str:
        def sub(m: re.Match) -> str:
            if m.group(1) == "#":
                lo, hi = (int(x) for x in m.group(2).split("-"))
                value = self.rng.randint(lo, hi)
                return f"{value:,}".replace(",", ".") if value >= 10000 else str(value)
            name = m.group(2)
            if name not in ctx:
                raise KeyError(f"slot {name!r} in {template!r}")
            value = ctx[name]
            return value() if callable(value) else value

        text = PLACEHOLDER.sub(sub, template)
        text = SENTENCE_START.sub(lambda m: m.group(1) + cap(m.group(2)), text)
        return nfc(cap(text))

    def _context(self, kind: str, when: datetime) -> dict:
        rng = self.rng
        guest = random_person(rng, rng.choice(OFFICIAL_POSTS), academic=rng.random() < 0.3)
        inst1, inst2 = rng.sample(INSTITUTIONS, 2)
        expert = random_person(rng, inst1, academic=True)
        expert2 = random_person(rng, inst2, academic=True)
        visitor = random_person(rng, "Chủ tịch Liên hiệp hội", academic=True)
        newchair = random_person(rng, "", academic=rng.random() < 0.6)
        member, member2 = rng.sample(self.members, 2)
        place, place2 = rng.sample(self.places, 2)
        theme = self._theme(kind)
        others = [p for p in ["Quảng Ngãi", "Thừa Thiên Huế", "Bình Định", "Phú Yên", "Ninh Thuận",
                              "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Quảng Trị", "Hà Tĩnh",
                              "Kon Tum", "Gia Lai", "Tây Ninh", "Long An"] if p != self.province]
        year = when.year
        start = year - (year - 2001) % 5
        return {
            "province": self.province, "province2": rng.choice(others), "union": self.union,
            "lhh": self.lhh,
            "chair": self.chair.full, "chair_n": self.chair.named, "chair_s": self.chair.short,
            "vice": self.vice.full, "vice_n": self.vice.named, "vice_s": self.vice.short,
            "guest": guest.full, "guest_n": guest.named, "guest_s": guest.short,
            "expert": f"{expert.named} ({expert.post})", "expert_n": expert.named,
            "expert_s": expert.short, "expert2": f"{expert2.named} ({expert2.post})",
            "expert2_n": expert2.named, "visitor": visitor.named,
            "newchair": newchair.named, "member": member, "member2": member2,
            "theme": theme, "Theme": cap(theme),
            "venue": rng.choice([f"hội trường {self.lhh} tỉnh", "Trung tâm Hội nghị tỉnh",
                                 f"hội trường UBND {place}", "Nhà văn hóa Lao động tỉnh",
                                 "hội trường Sở Khoa học và Công nghệ",
                                 f"Trung tâm Văn hóa – Thể thao {place}"]),
            "place": place, "place2": place2,
            "date": f"{when.day}/{when.month}", "datey": f"{when.day}/{when.month}/{year}",
            "year": str(year), "prev_year": str(year - 1), "next_year": str(year + 1),
            "nth": rng.choice(ROMAN[2:16]), "term": f"{start}–{start + 5}",
            "term_prev": f"{start - 5}–{start}",
            "Chair": cap(self.chair.full), "date_end": f"{(when + timedelta(days=2)).day}/{(when + timedelta(days=2)).month}",
            "bch": str(rng.randint(3, 17)),
            "med": rng.choice(["Hội Y học", "Hội Đông y", "Hội Điều dưỡng", "Hội Châm cứu", "Hội Nhi khoa"]),
            "pupil": " ".join([rng.choice(SURNAMES), rng.choice(MIDDLE_F), rng.choice(GIVEN_F)]),
            "Part": rng.choice(PARTS), "part": rng.choice(PARTS).lower(),
            "invention": rng.choice(INVENTIONS), "company": rng.choice(COMPANIES),
            "school": rng.choice(SCHOOLS),
            "farmer": " ".join([rng.choice(SURNAMES), rng.choice(MIDDLE_M), rng.choice(GIVEN_M)]),
        }

    # -- stories ---------------------------------------------------------------------
    def story(self, kind: str, when: datetime, *, lead_sentences: int = 1,
              length: str = "normal") -> Body:
        """A news story of `kind` dated `when`; `length` is 'short', 'normal' or 'long'."""
        if kind == "kien_thuc":
            return self.knowledge_story()
        rng = self.rng
        ctx = self._context(kind, when)
        titles, leads, bank_key = rng.choice(VARIANTS[kind])
        title = self._fill(rng.choice(titles), ctx)
        lead = self._fill(rng.choice(leads), ctx)
        if lead_sentences > 1:
            have = lead.count(". ") + 1
            more = self._draw("lead_more", LEAD_MORE, max(0, lead_sentences - have))
            lead = " ".join([lead] + [self._fill(s, ctx) for s in more])
        paras = [lead]
        if rng.random() < 0.75:
            paras.append(self._fill(self._draw("attend", ATTEND, 1)[0], ctx))
        n_body = {"short": rng.randint(2, 3), "normal": rng.randint(4, 7),
                  "long": rng.randint(9, 12)}[length]
        bank = BODY[bank_key]
        sentences = self._draw("body:" + bank_key, bank, min(len(bank), n_body))
        if len(sentences) < n_body:  # long stories borrow from a neighbouring bank
            extra_key = "tong_ket" if bank_key != "tong_ket" else "hoi_thao"
            sentences += self._draw("body:extra:" + bank_key, BODY[extra_key],
                                    n_body - len(sentences))
        filled = [self._fill(s, ctx) for s in sentences]
        i = 0
        while i < len(filled):  # one to three sentences to a paragraph
            k = rng.choice([1, 1, 2, 2, 3])
            paras.append(" ".join(filled[i:i + k]))
            i += k
        if length != "short" and rng.random() < 0.7:
            paras.append(self._fill(self._draw("speech", SPEECH, 1)[0], ctx))
        if rng.random() < 0.6:
            paras.append(self._fill(self._draw("closing", CLOSING, 1)[0], ctx))
        captions = []
        for _ in range(rng.choice([0, 1, 1, 2])):
            after = rng.randrange(1, len(paras))
            captions.append((after, rng.choice([
                "Quang cảnh hội nghị", "Toàn cảnh hội thảo", "Các đại biểu chụp ảnh lưu niệm",
                f"{ctx['chair_n']} phát biểu khai mạc", f"{cap(ctx['guest_n'])} phát biểu chỉ đạo",
                "Trao giấy khen cho các tập thể, cá nhân", "Đại biểu thảo luận tại hội trường"])))
        return Body(title, paras, sorted(captions))

    def knowledge_story(self) -> Body:
        key = self.knowledge.pop(0)
        title, paras = KNOWLEDGE[key]
        return Body(title, [nfc(p) for p in paras])

    def paragraph(self, kind: str, when: datetime) -> str:
        """A fresh paragraph to add to an edited story (an update, a correction, a result)."""
        ctx = self._context(kind if kind in BODY else "tong_ket", when)
        template = self._draw("update", UPDATES, 1)[0]
        return self._fill(template, ctx)


UPDATES = [
    "Cập nhật: Ngày {date}, {lhh} đã gửi văn bản kiến nghị tổng hợp các ý kiến nêu trên tới UBND tỉnh và các sở, ngành liên quan.",
    "Bổ sung: Danh sách các tập thể, cá nhân được khen thưởng đã được đăng tải tại mục Thông báo; đề nghị các đơn vị liên hệ Văn phòng {lhh} để nhận bằng khen trước ngày 30/11.",
    "Sau hội nghị, {#3-6} hội thành viên đã đăng ký chủ trì các nội dung cụ thể, dự kiến triển khai ngay trong quý I năm {next_year}.",
    "Ngày {date}, UBND tỉnh đã có văn bản tiếp thu phần lớn các ý kiến phản biện, đồng thời giao cơ quan chủ trì hoàn thiện hồ sơ trong tháng tới.",
    "Đính chính: Số giải pháp đạt giải là {#21-44}, không phải như đã đưa tin trước đó; Ban biên tập xin lỗi bạn đọc và các tác giả.",
    "Ngay sau chương trình, {#10-30} hộ dân đã đăng ký tham gia giai đoạn hai của mô hình, nâng tổng diện tích áp dụng lên hơn {#5-20} héc-ta.",
    "Kỷ yếu và toàn văn các tham luận hiện đã được số hóa; bạn đọc có nhu cầu có thể liên hệ Văn phòng {lhh} để nhận bản điện tử.",
    "Cập nhật: Ban Tổ chức đã chọn {#3-6} sản phẩm xuất sắc nhất để gửi tham dự vòng chung kết toàn quốc tổ chức tại Hà Nội vào tháng 12.",
]
