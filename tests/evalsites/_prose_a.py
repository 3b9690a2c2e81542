"""Writer A's Vietnamese news prose for the evaluation sites: titles and paragraphs, seeded.

Not a site and not scoring. `Writer(seed, org).article(kind, when)` returns a title and the
paragraphs of one union news item (hội thảo, tập huấn, tư vấn phản biện, đại hội, giải
thưởng sáng tạo, phổ biến kiến thức, ...). Sentences are picked from many hand-written
variants and filled with people, places, topics and figures, so two items of the same kind
share little beyond the genre's set phrases. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
      "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Cao", "Hà", "Mai", "Tạ", "Lưu", "Thái", "Kiều"]
DEM_NAM = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Đình", "Xuân", "Bá", "Ngọc", "Thanh", "Trọng", "Quốc"]
DEM_NU = ["Thị", "Thu", "Hồng", "Kim", "Ngọc", "Thanh", "Minh", "Thùy", "Bích", "Phương", "Hải"]
TEN_NAM = ["Hùng", "Dũng", "Tuấn", "Sơn", "Hải", "Nam", "Thành", "Long", "Bình", "Hòa", "Trung", "Kiên",
           "Thắng", "Vinh", "Cường", "Lộc", "Quý", "Phúc", "Khoa", "Hiếu", "Toàn", "Tùng", "Đạt", "Khánh",
           "Phong", "Quân", "Thịnh", "Việt", "Hưng", "Nghĩa", "Tài", "Chiến"]
TEN_NU = ["Hà", "Lan", "Hương", "Phương", "Huyền", "Nga", "Tâm", "Hiền", "Thảo", "Linh", "Mai", "Yến",
          "Oanh", "Trang", "Vân", "Ngân", "Thủy", "Hạnh", "Dung", "Loan", "Nhung", "Quyên", "Diệp", "Châu"]
HOC_VI = ["PGS.TS", "TS", "ThS", "KS", "GS.TS", "TS", "ThS", "BS.CKII", "TSKH", "ThS"]

PARTNER_POSTS = [
    ("Phó Chủ tịch UBND tỉnh", "phát biểu chỉ đạo"),
    ("Giám đốc Sở Khoa học và Công nghệ", "phát biểu"),
    ("Phó Trưởng ban Tuyên giáo Tỉnh ủy", "dự và phát biểu"),
    ("Phó Giám đốc Sở Nông nghiệp và Môi trường", "trình bày tham luận"),
    ("Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "dự"),
    ("Trưởng ban Dân vận Tỉnh ủy", "dự và phát biểu"),
    ("Phó Giám đốc Sở Giáo dục và Đào tạo", "tham dự"),
    ("Phó Giám đốc Sở Y tế", "trao đổi"),
    ("Chủ tịch Hội Nông dân tỉnh", "tham luận"),
    ("Phó Giám đốc Sở Tài chính", "góp ý"),
    ("Trưởng phòng Quản lý khoa học, Sở Khoa học và Công nghệ", "giới thiệu"),
    ("Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "dự và phát biểu"),
]

EXPERT_POSTS = [
    "Trưởng khoa Nông học, Trường Đại học Nông Lâm",
    "Viện trưởng Viện Nghiên cứu Phát triển kinh tế - xã hội tỉnh",
    "Chủ tịch Hội Y học tỉnh",
    "Chủ tịch Hội Làm vườn tỉnh",
    "Phó Chủ tịch Hội Kiến trúc sư tỉnh",
    "Chủ tịch Hội Khoa học Lịch sử tỉnh",
    "giảng viên Trường Đại học Bách khoa",
    "Chủ tịch Hội Cựu giáo chức tỉnh",
    "nguyên Giám đốc Sở Tài nguyên và Môi trường",
    "Chủ tịch Hội Thủy lợi tỉnh",
    "Phó Chủ tịch Hội Tin học tỉnh",
    "Chủ tịch Hội Đông y tỉnh",
    "Trưởng bộ môn Thủy sản, Trường Đại học Nha Trang",
    "chuyên gia của Viện Khoa học Thủy lợi miền Trung",
    "Chủ tịch Hội Luật gia tỉnh",
    "Phó Chủ tịch Hội Kinh tế tỉnh",
]

TOPICS = [
    ("Dự thảo Quy hoạch sử dụng đất giai đoạn 2026-2030", "quy hoạch",
     ["cần làm rõ căn cứ dự báo dân số đến năm 2030", "diện tích đất lúa chuyển đổi mục đích cần được tính toán lại theo từng xã",
      "nên bổ sung bản đồ các vùng có nguy cơ sạt lở", "cần đánh giá kỹ nguồn lực thực hiện các khu đô thị mới"]),
    ("Đề án phát triển nông nghiệp hữu cơ đến năm 2030", "nông nghiệp",
     ["tiêu chí chứng nhận hữu cơ phải gắn với thị trường tiêu thụ", "cần có cơ chế hỗ trợ chi phí chứng nhận cho hợp tác xã",
      "vùng đệm giữa sản xuất hữu cơ và sản xuất thông thường chưa được quy định rõ", "chỉ tiêu 15% diện tích là khó đạt nếu thiếu nguồn phân bón hữu cơ tại chỗ"]),
    ("Dự án kè chống sạt lở bờ sông đoạn qua các xã ven sông", "hạ tầng",
     ["cần khảo sát địa chất bổ sung tại các đoạn bờ lõm", "giải pháp kè mềm kết hợp trồng tre nên được so sánh với kè bê tông",
      "phương án tái định cư cho các hộ dân trong vùng sạt lở cần công khai", "tác động tới dòng chảy hạ lưu chưa được mô phỏng"]),
    ("Chương trình chuyển đổi số trong doanh nghiệp nhỏ và vừa", "chuyển đổi số",
     ["doanh nghiệp siêu nhỏ cần gói giải pháp dùng chung chi phí thấp", "an toàn thông tin phải được đặt ngang với mục tiêu số hóa",
      "nên đo lường kết quả bằng số doanh nghiệp sử dụng hóa đơn điện tử và thương mại điện tử", "đội ngũ tư vấn chuyển đổi số ở cấp huyện còn mỏng"]),
    ("Đề án phát triển dược liệu dưới tán rừng", "dược liệu",
     ["cần xác định rõ loài dược liệu bản địa có lợi thế như sâm, ba kích, đẳng sâm", "quyền sử dụng rừng của hộ nhận khoán phải được bảo đảm",
      "chuỗi liên kết với doanh nghiệp chế biến là điều kiện tiên quyết", "cần ngân hàng giống gốc để tránh thoái hóa giống"]),
    ("Kế hoạch xử lý rác thải sinh hoạt nông thôn", "môi trường",
     ["phân loại rác tại nguồn cần lộ trình và truyền thông bền bỉ", "các lò đốt rác quy mô xã nhiều nơi không đạt chuẩn khí thải",
      "nên ưu tiên ủ phân compost từ rác hữu cơ ở hộ gia đình", "giá dịch vụ thu gom cần phù hợp khả năng chi trả của người dân"]),
    ("Dự thảo Nghị quyết về chính sách thu hút nhân lực chất lượng cao", "nhân lực",
     ["mức hỗ trợ một lần chưa đủ sức hấp dẫn so với các tỉnh lân cận", "cần chú trọng môi trường làm việc hơn là hỗ trợ tài chính",
      "đối tượng thu hút nên mở rộng cho chuyên gia làm việc bán thời gian", "cơ chế đánh giá hiệu quả sau thu hút còn bỏ ngỏ"]),
    ("Phương án nuôi trồng thủy sản thích ứng biến đổi khí hậu", "thủy sản",
     ["cần quan trắc độ mặn tự động tại các cửa sông", "mô hình nuôi tôm - lúa luân canh nên được nhân rộng có chọn lọc",
      "hạ tầng thủy lợi phục vụ nuôi trồng còn chắp vá", "người nuôi cần được bảo hiểm rủi ro thiên tai"]),
    ("Đề án bảo tồn và phát huy giá trị di sản văn hóa phi vật thể", "văn hóa",
     ["nghệ nhân cao tuổi cần được hỗ trợ truyền dạy ngay", "việc số hóa tư liệu phải đi kèm chuẩn lưu trữ lâu dài",
      "cần gắn bảo tồn với phát triển du lịch cộng đồng", "vai trò của các câu lạc bộ ở cơ sở chưa được nhắc đến"]),
    ("Dự án nâng cấp hệ thống cấp nước sạch liên xã", "nước sạch",
     ["nguồn nước thô mùa khô có nguy cơ thiếu hụt", "giá nước sau đầu tư cần được lấy ý kiến người dân",
      "nên dự phòng trạm xử lý khi xảy ra sự cố ô nhiễm", "tỷ lệ thất thoát nước trên mạng cũ rất cao"]),
    ("Kế hoạch phòng chống đuối nước cho trẻ em", "giáo dục",
     ["bể bơi di động cho các trường vùng khó khăn là giải pháp khả thi", "cần đưa kỹ năng an toàn dưới nước vào giờ ngoại khóa",
      "các điểm sông suối nguy hiểm phải có biển cảnh báo", "phụ huynh cần được tập huấn sơ cứu ban đầu"]),
    ("Đề án phát triển du lịch sinh thái gắn với bảo vệ rừng", "du lịch",
     ["sức chứa của các điểm du lịch sinh thái cần được tính toán", "cộng đồng dân cư phải được chia sẻ lợi ích",
      "không để xây dựng công trình kiên cố trong phân khu bảo vệ nghiêm ngặt", "cần đánh giá tác động tới đa dạng sinh học"]),
    ("Dự thảo quy định về an toàn thực phẩm tại bếp ăn tập thể", "y tế",
     ["cần truy xuất nguồn gốc nguyên liệu đầu vào", "trách nhiệm của nhà trường và đơn vị cung cấp suất ăn phải rõ ràng",
      "kiểm tra đột xuất nên thay cho kiểm tra định kỳ báo trước", "lưu mẫu thức ăn 24 giờ cần được giám sát"]),
    ("Chương trình phát triển năng lượng tái tạo trên địa bàn", "năng lượng",
     ["điện mặt trời mái nhà cần đi kèm nâng cấp lưới phân phối", "không nên chuyển đổi đất rừng phòng hộ để làm dự án điện gió",
      "cần tính đến chi phí xử lý tấm pin hết hạn", "các hợp tác xã có thể tự đầu tư hệ thống điện mặt trời phục vụ tưới tiêu"]),
]

VENUES = ["Hội trường Liên hiệp Hội", "Trung tâm Hội nghị tỉnh", "Hội trường Sở Khoa học và Công nghệ",
          "Nhà văn hóa xã", "Hội trường UBND huyện", "Khách sạn Sông Lam", "Trường Cao đẳng Kỹ thuật",
          "Hội trường Tỉnh ủy", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "Nhà văn hóa thôn"]

CROPS = ["cây cam", "cây bưởi", "cây chè", "lúa chất lượng cao", "cây sắn", "cây mía", "rau an toàn",
         "cây bơ", "cây hồ tiêu", "cây cà phê", "nấm rơm", "cây lạc", "dưa lưới trong nhà màng"]
ANIMALS = ["gà thả đồi", "lợn hướng nạc", "bò lai sind", "vịt bầu", "dê núi", "ong lấy mật", "tôm thẻ chân trắng",
           "cá lóc", "ếch thương phẩm", "hươu lấy nhung"]
YOUTH_PROJECTS = ["thùng rác thông minh tự phân loại", "hệ thống tưới cây tự động bằng cảm biến độ ẩm",
                  "gậy dò đường cho người khiếm thị", "máy lọc nước bằng năng lượng mặt trời",
                  "ứng dụng nhắc lịch uống thuốc cho người cao tuổi", "mô hình cảnh báo lũ sớm",
                  "robot hỗ trợ dọn rác bãi biển", "áo phao tự phát tín hiệu định vị",
                  "thiết bị đo chất lượng không khí trong lớp học", "xe lăn điều khiển bằng giọng nói"]
TECH_SOLUTIONS = ["máy bóc vỏ lạc liên hoàn", "dây chuyền sấy nông sản bằng nhiệt mặt trời", "hệ thống xử lý nước thải chăn nuôi bằng đệm lót sinh học",
                  "phần mềm quản lý hồ sơ bệnh án điện tử", "thiết bị cảnh báo rò rỉ khí gas", "máy gieo hạt cải tiến",
                  "quy trình nhân giống hoa lan bằng nuôi cấy mô", "máy thái dược liệu đa năng", "hệ thống giám sát ao nuôi qua điện thoại",
                  "bộ điều khiển đèn chiếu sáng công cộng tiết kiệm điện", "lò đốt trấu cải tiến", "giải pháp gia cố đê bằng cọc tre"]

QUOTES = ["Chúng tôi mong muốn có thêm nhiều lớp như thế này, vì người dân ở đây rất thiếu thông tin kỹ thuật",
          "Nếu không có sự đồng hành của các nhà khoa học, chúng tôi khó có thể tự làm được",
          "Điều quan trọng nhất là làm sao để kết quả không dừng lại trên giấy",
          "Trí thức phải xuống tận cơ sở thì mới hiểu được người dân cần gì",
          "Mỗi năm chúng tôi chỉ có một khoản kinh phí rất nhỏ, nên phải lựa chọn những việc thiết thực nhất",
          "Hội viên trẻ bây giờ rất năng động, họ chủ động tìm đến hội chứ không chờ được mời",
          "Có những giải pháp tưởng nhỏ nhưng tiết kiệm cho doanh nghiệp hàng trăm triệu đồng mỗi năm",
          "Chúng tôi sẽ tiếp tục kiến nghị để cơ chế đặt hàng được thực hiện thường xuyên hơn",
          "Người dân đã quen với cách làm cũ, muốn thay đổi cần kiên trì và có mô hình cụ thể để họ nhìn thấy",
          "Dữ liệu là nền tảng, không có số liệu thì mọi kiến nghị đều thiếu sức thuyết phục",
          "Các em học sinh đã cho thấy sự sáng tạo không phụ thuộc vào điều kiện vật chất",
          "Phản biện không phải để bác bỏ mà để chính sách khi ban hành đi vào cuộc sống tốt hơn",
          "Nhiều năm nay chúng tôi vẫn giữ thói quen ghi chép từng vụ, nhờ đó so sánh được hiệu quả"]
CAUTIONS = ["việc áp dụng cần phù hợp với điều kiện thổ nhưỡng của từng vùng", "không nên chạy theo phong trào mở rộng diện tích khi chưa có thị trường",
            "các số liệu báo cáo cần được kiểm chứng độc lập", "cần bố trí cán bộ theo dõi sau khi dự án kết thúc",
            "nguồn vốn đối ứng của địa phương thường chậm giải ngân", "thời tiết bất thường có thể ảnh hưởng đến kết quả vụ tới",
            "người dân cần được hướng dẫn ghi chép nhật ký đầy đủ", "các thủ tục thanh quyết toán nên được đơn giản hóa"]
FACTS = ["người dân đã chuyển từ trồng lúa kém hiệu quả sang trồng rau hữu cơ", "hợp tác xã vừa được cấp mã số vùng trồng phục vụ xuất khẩu",
         "con đường bê tông mới làm giúp xe tải vào tận ruộng thu mua", "một trạm bơm điện được cải tạo nhờ sáng kiến của chính công nhân vận hành",
         "hệ thống cảm biến độ ẩm được lắp thử nghiệm từ đầu năm", "nhóm phụ nữ trong thôn tự đứng ra quản lý tổ hợp tác",
         "các hộ đã liên kết bao tiêu sản phẩm với một doanh nghiệp chế biến", "nhà văn hóa thôn được dùng làm điểm sinh hoạt khoa học hằng tháng"]
PLACES = ["vườn ươm giống của Trung tâm Khuyến nông", "khu sản xuất tập trung của thôn Đồng Tâm", "xưởng cơ khí của hợp tác xã",
          "trang trại tổng hợp của gia đình ông Lò Văn Pản", "vùng chè cổ thụ trên núi", "điểm trường tiểu học ở bản xa",
          "cánh đồng mẫu lớn của xã", "trạm quan trắc môi trường tự động"]
COMPANIES = ["Công ty TNHH Nông sản Sạch Miền Trung", "Công ty CP Cơ khí Tiến Phát", "Công ty CP Dược liệu Xanh", "Công ty TNHH Thực phẩm An Khang",
             "Công ty CP Công nghệ Sao Việt", "Hợp tác xã Thương mại Hòa Phát", "Công ty TNHH Phân bón Hữu cơ Việt"]
GOALS = ["hoàn thiện quy trình sản xuất theo tiêu chuẩn", "đăng ký bảo hộ nhãn hiệu cho sản phẩm", "đưa sản phẩm vào hệ thống siêu thị",
         "ứng dụng công nghệ bảo quản sau thu hoạch", "đào tạo lao động kỹ thuật tại chỗ", "giảm chi phí năng lượng trong chế biến"]
PROBLEMS = ["thiết bị trình chiếu phải đi mượn", "đường đến một số thôn vẫn khó khăn vào mùa mưa", "chưa có phòng sinh hoạt chung cho hội viên",
            "phần mềm quản lý còn dùng bản cũ", "nhiều tài liệu chưa được số hóa", "đội ngũ cộng tác viên thường xuyên thay đổi"]


def _detail_sentences(w: Writer, when) -> list[str]:
    o, n, y = w.org, w.n, when.year
    p = w.person()
    title = p.title.capitalize()
    return [
        f"Theo số liệu của {o.short}, từ đầu năm {y} đến nay đã có {n(300, 4800):,} lượt hội viên tham gia các hoạt động tương tự tại {n(6, 60)} xã, phường.".replace(",", "."),
        f"{title} {p.name}, {w.pick(['một hội viên lâu năm', 'cán bộ xã', 'đại diện hợp tác xã', 'giáo viên nghỉ hưu', 'chủ trang trại'])}, chia sẻ: “{w.pick(QUOTES)}”.",
        f"Đáng chú ý, {n(22, 61)}% người tham dự là phụ nữ và đồng bào dân tộc thiểu số, cao hơn nhiều so với các năm trước.",
        f"Trước đó, vào tháng {n(1, 12)}/{y - w.rng.choice([0, 1])}, {o.short} đã khảo sát nhu cầu tại {n(40, 420)} hộ gia đình ở huyện {w.district()} để xây dựng nội dung phù hợp.",
        f"Kinh phí thực hiện được bố trí từ nguồn sự nghiệp khoa học năm {y}, tổng cộng khoảng {n(35, 480)} triệu đồng.",
        f"Cùng thời gian, {w.member()} cũng tổ chức {n(2, 14)} buổi sinh hoạt chuyên đề tại các chi hội cơ sở.",
        f"Nhiều ý kiến cho rằng cần sớm đưa nội dung này vào chương trình hành động của các sở, ngành giai đoạn {y}-{y + 5}.",
        f"{title} {p.name}, cán bộ phụ trách chương trình, lưu ý rằng {w.pick(CAUTIONS)}.",
        f"Ở huyện {w.district()}, mô hình {w.pick(CROPS + ANIMALS)} đã giúp {n(12, 160)} hộ tăng thu nhập bình quân {n(8, 65)} triệu đồng mỗi năm.",
        f"Các đại biểu đã đi thực địa tại {w.pick(PLACES)}, nơi {w.pick(FACTS)}.",
        f"Dịp này, {o.short} trao {n(5, 40)} suất học bổng cho học sinh vượt khó là con em hội viên, mỗi suất {n(5, 20)}00.000 đồng.",
        f"Đây là lần thứ {n(2, 9)} hoạt động này được tổ chức tại huyện {w.district()}, sau các lần vào năm {y - n(3, 6)} và {y - n(1, 2)}.",
        f"Một số đơn vị như {w.member()} và Trung tâm Khuyến nông tỉnh đã đăng ký phối hợp triển khai trong quý tới.",
        f"Theo kế hoạch, kết quả sẽ được báo cáo tại Hội nghị Ban Chấp hành mở rộng vào tháng {n(1, 12)} tới.",
        f"{title} {p.name}, đại diện {w.pick(COMPANIES)}, bày tỏ mong muốn được kết nối với các nhà khoa học để {w.pick(GOALS)}.",
        f"Chương trình có sự đồng hành của Đài Phát thanh - Truyền hình tỉnh với {n(2, 8)} phóng sự phát trên sóng trong tháng {when.month}.",
        f"Ghi nhận tại cơ sở cho thấy điều kiện làm việc còn nhiều thiếu thốn, {w.pick(PROBLEMS)}.",
        f"Bản tin Khoa học và Đời sống số {n(2, 12)}/{y} sẽ dành {n(2, 6)} trang giới thiệu kết quả của hoạt động này.",
        f"Sau gần {n(2, 7)} giờ làm việc, các ý kiến đóng góp đã được thư ký tổng hợp thành {n(3, 9)} nhóm vấn đề cụ thể.",
        f"Năm {y - 1}, {o.short} đã tiếp nhận {n(3, 19)} đề xuất từ cơ sở, trong đó {n(2, 9)} đề xuất được đưa vào kế hoạch của tỉnh.",
    ]


@dataclass
class Org:
    province: str
    full: str  # Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh X
    short: str  # Liên hiệp Hội tỉnh / Liên hiệp Hội X
    city: str
    districts: list[str]
    members: list[str] = field(default_factory=list)


@dataclass
class Person:
    name: str
    title: str  # 'ông', 'bà'
    degree: str = ""

    def full(self) -> str:
        return f"{self.degree}. {self.name}" if self.degree else self.name

    def first_name(self) -> str:
        return self.name.split()[-1]


class Writer:
    """Seeded prose for one site."""

    def __init__(self, seed: int | str, org: Org):
        self.rng = random.Random(seed)
        self.org = org
        self._used_names: set[str] = set()
        self.chair = self.person(degree=True)
        self.vice = self.person(degree=True)

    # -- building blocks -----------------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def person(self, degree: bool = False) -> Person:
        for _ in range(50):
            woman = self.rng.random() < 0.4
            name = f"{self.pick(HO)} {self.pick(DEM_NU if woman else DEM_NAM)} {self.pick(TEN_NU if woman else TEN_NAM)}"
            if name not in self._used_names:
                break
        self._used_names.add(name)
        return Person(name, "bà" if woman else "ông", self.pick(HOC_VI) if degree and self.rng.random() < 0.7 else "")

    def official(self) -> str:
        post, _ = self.pick(PARTNER_POSTS)
        p = self.person()
        return f"{p.title} {p.name}, {post}"

    def district(self) -> str:
        return self.pick(self.org.districts)

    def member(self) -> str:
        return self.pick(self.org.members) if self.org.members else "Hội Làm vườn tỉnh"

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def para(self, *sentences: str) -> str:
        return " ".join(s.strip() for s in sentences if s)

    def some(self, pool: list, k: int) -> list:
        return self.rng.sample(pool, min(k, len(pool)))

    @staticmethod
    def dm(when: datetime) -> str:
        return f"{when.day}/{when.month}"

    @staticmethod
    def dmy(when: datetime) -> str:
        return f"{when.day:02d}/{when.month:02d}/{when.year}"

    def when_phrase(self, when: datetime) -> str:
        part = "Sáng" if when.hour < 12 else "Chiều"
        return self.pick([f"{part} ngày {self.dm(when)}", f"{part} {self.dm(when)}", f"Ngày {self.dmy(when)}",
                          f"{part} ngày {self.dmy(when)}"]
                         + ([f"Trong hai ngày {when.day}-{when.day + 1}/{when.month}"] if when.day < 28 else []))

    # -- kinds ---------------------------------------------------------------------------
    KINDS = ["hoi_thao", "tap_huan", "phan_bien", "dai_hoi", "sang_tao", "pho_bien", "tong_ket",
             "thanh_thieu_nien", "ton_vinh", "khao_sat", "ky_ket", "chuyen_giao"]

    def article(self, kind: str, when: datetime) -> tuple[str, list[str]]:
        title, paras = getattr(self, "_" + kind)(when)
        # one or two paragraphs of the particulars every real item has (figures, voices, places)
        extra = 2 if len(paras) <= 4 else 1
        for _ in range(extra):
            sents = self.rng.sample(_detail_sentences(self, when), self.rng.choice([2, 2, 3]))
            paras.insert(self.rng.randint(2, max(2, len(paras) - 1)), " ".join(sents))
        return title, paras

    def _hoi_thao(self, when):
        topic, field_, points = self.pick(TOPICS)
        o = self.org
        host = self.pick([o.full, o.short, f"{o.short} phối hợp với Sở Khoa học và Công nghệ"])
        theme = self.pick([f"Giải pháp thực hiện {topic[0].lower() + topic[1:]}", f"Khoa học và công nghệ với {field_} bền vững",
                           f"Thực trạng và giải pháp phát triển {field_} tỉnh {o.province}",
                           f"Nâng cao hiệu quả {field_} trong bối cảnh mới"])
        title = self.pick([f"Hội thảo khoa học “{theme}”", f"{o.short} tổ chức hội thảo “{theme}”",
                           f"Hội thảo “{theme}” thu hút hơn {self.n(8, 19)}0 đại biểu", f"Bàn giải pháp {field_} tại hội thảo khoa học"])
        experts = [self.person(degree=True) for _ in range(3)]
        p1 = self.para(f"{self.when_phrase(when)}, tại {self.pick(VENUES)}, {host} tổ chức Hội thảo khoa học “{theme}”.",
                       self.pick([f"Tham dự hội thảo có {self.official()}; đại diện lãnh đạo các sở, ngành, địa phương cùng các nhà khoa học, chuyên gia đến từ các viện nghiên cứu, trường đại học trong và ngoài tỉnh.",
                                  f"Đến dự có {self.official()} và hơn {self.n(6, 15)}0 đại biểu là nhà khoa học, cán bộ quản lý, doanh nghiệp và hội viên các hội thành viên.",
                                  f"Hội thảo có sự tham gia của {self.n(40, 160)} đại biểu, trong đó có nhiều chuyên gia đầu ngành về lĩnh vực {field_}."]))
        p2 = self.para(self.pick([f"Phát biểu khai mạc, {self.chair.full()}, Chủ tịch {o.short}, nhấn mạnh",
                                  f"Theo {self.vice.full()}, Phó Chủ tịch Thường trực {o.short},",
                                  "Mở đầu hội thảo, đại diện Ban Tổ chức cho biết"]) + " " +
                       self.pick([f"{field_} là lĩnh vực có ý nghĩa lâu dài đối với sự phát triển của tỉnh, song đến nay vẫn còn không ít bất cập cả về cơ chế lẫn nguồn lực.",
                                  f"hội thảo là diễn đàn để đội ngũ trí thức đóng góp ý kiến thiết thực, có cơ sở khoa học cho {topic[0].lower() + topic[1:]}.",
                                  f"thời gian qua tỉnh đã đạt được một số kết quả bước đầu trong lĩnh vực {field_}, tuy nhiên tốc độ chuyển biến còn chậm so với yêu cầu."]))
        body = []
        for i, e in enumerate(experts[:self.n(2, 3)]):
            point = points[i % len(points)]
            body.append(self.para(
                self.pick([f"Trình bày tham luận, {e.full()}, {self.pick(EXPERT_POSTS)}, cho rằng {point}.",
                           f"Theo {e.full()} ({self.pick(EXPERT_POSTS)}), {point}.",
                           f"{e.full()}, {self.pick(EXPERT_POSTS)}, phân tích: qua khảo sát tại {self.n(3, 12)} xã của huyện {self.district()}, {point}."]),
                self.pick([f"Số liệu được dẫn ra cho thấy chỉ khoảng {self.n(18, 64)}% hộ dân được hỏi đã tiếp cận thông tin đầy đủ về vấn đề này.",
                           f"Ông dẫn chứng, giai đoạn {when.year - 5}-{when.year - 1} toàn tỉnh mới triển khai được {self.n(4, 27)} mô hình, phần lớn quy mô nhỏ và thiếu tính liên kết.",
                           "Nếu không sớm có giải pháp đồng bộ, những kết quả đạt được sẽ khó duy trì khi các dự án hỗ trợ kết thúc.",
                           f"Kinh nghiệm từ một số địa phương như {self.pick(['Lâm Đồng', 'Đồng Tháp', 'Bắc Giang', 'Thái Nguyên', 'Quảng Ninh', 'Bến Tre'])} cho thấy vai trò dẫn dắt của doanh nghiệp là rất quan trọng.",
                           ""])).replace("Ông dẫn", "Ông dẫn" if e.title == "ông" else "Bà dẫn"))
        body.append(self.para(self.pick([
            "Các ý kiến thảo luận tập trung vào ba nhóm vấn đề: cơ chế chính sách, nguồn nhân lực và ứng dụng tiến bộ kỹ thuật.",
            f"Phần thảo luận diễn ra sôi nổi với {self.n(9, 21)} lượt ý kiến, nhiều đại biểu là doanh nghiệp và hợp tác xã chia sẻ khó khăn từ thực tiễn sản xuất.",
            "Tại phần thảo luận, nhiều đại biểu đề nghị cần có cơ chế đặt hàng nhiệm vụ khoa học gắn với nhu cầu thực tế của địa phương."]),
            self.pick([f"Đại diện huyện {self.district()} kiến nghị tỉnh sớm ban hành hướng dẫn cụ thể để cơ sở có căn cứ triển khai.",
                       "Một số ý kiến lưu ý việc lồng ghép các chương trình mục tiêu để tránh dàn trải, trùng lặp.",
                       f"Có ý kiến đề xuất thành lập nhóm chuyên gia tư vấn thường xuyên thuộc {o.short}."])))
        body.append(self.para(self.pick([
            f"Kết luận hội thảo, {self.chair.full()} ghi nhận các ý kiến tâm huyết của các nhà khoa học và cho biết {o.short} sẽ tổng hợp thành văn bản kiến nghị gửi Tỉnh ủy, UBND tỉnh trong thời gian tới.",
            f"Kết thúc hội thảo, Ban Tổ chức đã tiếp thu, tổng hợp {self.n(12, 30)} bài tham luận để biên tập thành kỷ yếu, đồng thời xây dựng báo cáo kiến nghị gửi các cơ quan có thẩm quyền.",
            f"Phát biểu bế mạc, lãnh đạo {o.short} đề nghị các hội thành viên tiếp tục nghiên cứu, đề xuất các mô hình phù hợp với điều kiện của từng địa phương."])))
        return title, [p1, p2] + body

    def _tap_huan(self, when):
        o = self.org
        what = self.pick(CROPS + ANIMALS)
        is_crop = what in CROPS
        dist = self.district()
        n_people = self.n(35, 140)
        expert = self.person(degree=True)
        title = self.pick([f"Tập huấn kỹ thuật {'trồng và chăm sóc' if is_crop else 'chăn nuôi'} {what} cho nông dân huyện {dist}",
                           f"Chuyển giao kỹ thuật {what} cho hội viên tại {dist}",
                           f"{o.short} mở lớp tập huấn {'canh tác' if is_crop else 'nuôi'} {what} theo hướng an toàn sinh học" if not is_crop else f"Hướng dẫn nông dân {dist} canh tác {what} theo quy trình VietGAP",
                           f"Hơn {n_people // 10 * 10} hội viên được tập huấn kỹ thuật {what}"])
        p1 = self.para(f"{self.when_phrase(when)}, {self.pick([o.short, o.full, f'{o.short} phối hợp với {self.member()}'])} tổ chức lớp tập huấn "
                       f"{'kỹ thuật trồng, chăm sóc và phòng trừ sâu bệnh hại trên ' if is_crop else 'kỹ thuật chăn nuôi và phòng bệnh cho '}{what} "
                       f"cho {n_people} hội viên, nông dân tại {self.pick(['xã', 'thị trấn'])} {self.pick(['Tân', 'Hòa', 'Quang', 'Thạch', 'Đông', 'Phú', 'Xuân'])} {self.pick(['Lộc', 'Sơn', 'Trung', 'Thành', 'Hưng', 'Bình', 'Lâm'])}, huyện {dist}.")
        p2 = self.para(self.pick([f"Lớp tập huấn nằm trong kế hoạch phổ biến kiến thức năm {when.year} của {o.short}, nhằm giúp người dân nắm vững quy trình kỹ thuật, giảm chi phí đầu vào và nâng cao giá trị sản phẩm.",
                                  f"Đây là địa bàn có diện tích {what} lớn nhưng năng suất chưa cao do người dân chủ yếu sản xuất theo kinh nghiệm.",
                                  f"Theo đánh giá của địa phương, những năm gần đây {what} mang lại thu nhập khá cho nhiều hộ, song dịch bệnh và giá vật tư tăng cao khiến hiệu quả giảm sút."]),
                       self.pick(["", f"Năm {when.year - 1}, toàn huyện có khoảng {self.n(120, 900)} hộ tham gia sản xuất, quy mô trung bình còn nhỏ lẻ."]))
        p3 = self.para(f"Tại lớp học, {expert.full()}, {self.pick(EXPERT_POSTS)}, đã hướng dẫn học viên "
                       + self.pick(["cách chọn giống, làm đất, bón phân cân đối và quản lý dịch hại tổng hợp (IPM).",
                                    "quy trình chuẩn bị chuồng trại, phối trộn thức ăn từ phụ phẩm nông nghiệp và lịch tiêm phòng vắc xin.",
                                    "các biện pháp sử dụng chế phẩm sinh học, ghi chép nhật ký sản xuất và truy xuất nguồn gốc sản phẩm.",
                                    "kỹ thuật cắt tỉa, tạo tán, tưới nước tiết kiệm và nhận biết sớm các loại bệnh thường gặp."]),
                       self.pick(["Nội dung được trình bày ngắn gọn, dễ hiểu, kết hợp hình ảnh minh họa và thực hành ngay tại vườn của một hộ trong thôn.",
                                  "Bên cạnh lý thuyết, học viên được tham quan mô hình thực tế và trực tiếp thực hành dưới sự hướng dẫn của cán bộ kỹ thuật.",
                                  f"Mỗi học viên được phát tài liệu hướng dẫn và {self.pick(['01 kg chế phẩm vi sinh', '02 lít chế phẩm EM', 'sổ tay ghi chép sản xuất'])} để áp dụng tại gia đình."]))
        farmer = self.person()
        p4 = self.para(self.pick([f"Chia sẻ tại lớp học, {farmer.title} {farmer.name}, thôn {self.n(1, 12)}, cho biết gia đình đang có {self.n(3, 25)} sào {what} nhưng thường xuyên gặp sâu bệnh; sau buổi tập huấn {'ông' if farmer.title == 'ông' else 'bà'} đã biết cách xử lý sớm, không phụ thuộc vào thuốc hóa học.",
                                  "Nhiều học viên đặt câu hỏi về giá thành vật tư và đầu ra sản phẩm; các câu hỏi đều được chuyên gia giải đáp cụ thể.",
                                  f"{farmer.title.capitalize()} {farmer.name}, một hộ {'trồng' if is_crop else 'nuôi'} {what} lâu năm, đánh giá nội dung tập huấn sát với thực tế, nhất là phần phòng trừ dịch bệnh."]))
        p5 = self.para(self.pick([f"Dự kiến trong năm {when.year}, {o.short} sẽ tổ chức thêm {self.n(3, 9)} lớp tương tự tại các huyện {self.district()} và {self.district()}.",
                                  "Sau tập huấn, cán bộ kỹ thuật sẽ tiếp tục theo dõi, hỗ trợ các hộ áp dụng để đánh giá hiệu quả và nhân rộng mô hình.",
                                  f"Kết thúc lớp học, {self.n(8, 20)} hộ đã đăng ký tham gia mô hình trình diễn do {self.member()} hỗ trợ giống và vật tư."]))
        return title, [p1, p2, p3, p4, p5]

    def _phan_bien(self, when):
        topic, field_, points = self.pick(TOPICS)
        o = self.org
        title = self.pick([f"Tư vấn, phản biện {topic[0].lower() + topic[1:]}", f"Hội nghị phản biện {topic[0].lower() + topic[1:]}",
                           f"Góp ý, phản biện xã hội đối với {topic[0].lower() + topic[1:]}", f"{o.short} phản biện {topic[0].lower() + topic[1:]}"])
        body = [self.para(f"{self.when_phrase(when)}, {o.short} tổ chức hội nghị tư vấn, phản biện {topic[0].lower() + topic[1:]}.",
                          self.pick([f"Hội nghị do {self.vice.full()}, Phó Chủ tịch {o.short} chủ trì.",
                                     f"Chủ trì hội nghị có {self.chair.full()}, Chủ tịch {o.short}.",
                                     f"Tham dự có đại diện cơ quan soạn thảo và {self.n(12, 35)} chuyên gia thuộc các hội thành viên."])),
                self.para(self.pick([f"Theo cơ quan soạn thảo, văn bản được xây dựng trên cơ sở tổng kết giai đoạn trước và khảo sát thực tế tại {self.n(5, 14)} huyện, thị xã, thành phố.",
                                     "Đại diện cơ quan chủ trì soạn thảo đã trình bày tóm tắt mục tiêu, phạm vi, các nhóm giải pháp và dự kiến nguồn kinh phí thực hiện.",
                                     f"Dự thảo gồm {self.n(4, 7)} chương, {self.n(18, 46)} điều, tập trung vào các nhóm giải pháp về cơ chế, nguồn lực và tổ chức thực hiện."]),
                          self.pick(["", f"Tổng kinh phí dự kiến khoảng {self.n(45, 980)} tỷ đồng, trong đó ngân sách tỉnh chiếm khoảng {self.n(20, 60)}%."]))]
        for point in self.some(points, self.n(2, 3)):
            e = self.person(degree=True)
            body.append(self.pick([f"{e.full()}, {self.pick(EXPERT_POSTS)}, nhận xét dự thảo đã được chuẩn bị công phu, tuy nhiên {point}.",
                                   f"Góp ý vào dự thảo, {e.full()} cho rằng {point}; đồng thời đề nghị cơ quan soạn thảo bổ sung phụ lục số liệu chi tiết theo từng địa bàn.",
                                   f"Nhiều chuyên gia thống nhất rằng {point}. {e.full()} đề nghị làm rõ trách nhiệm của từng sở, ngành trong tổ chức thực hiện.",
                                   f"Theo {e.full()}, {point}, nếu không sẽ khó bảo đảm tính khả thi khi triển khai ở cơ sở."]))
        body.append(self.pick([f"Kết luận hội nghị, {self.chair.full()} đề nghị cơ quan soạn thảo nghiên cứu, tiếp thu các ý kiến xác đáng. {o.short} sẽ hoàn thiện báo cáo tư vấn, phản biện gửi UBND tỉnh trước ngày {self.n(10, 28)}/{(when.month % 12) + 1}.",
                               f"Đại diện cơ quan soạn thảo cảm ơn và tiếp thu các ý kiến góp ý, cam kết hoàn chỉnh dự thảo trước khi trình cấp có thẩm quyền. Đây là nhiệm vụ tư vấn, phản biện thứ {self.n(3, 11)} mà {o.short} thực hiện trong năm {when.year}.",
                               f"Trên cơ sở các ý kiến tại hội nghị, {o.short} sẽ tổng hợp, xây dựng văn bản tư vấn, phản biện chính thức gửi cơ quan chủ trì soạn thảo và UBND tỉnh."]))
        return title, body

    def _dai_hoi(self, when):
        o = self.org
        assoc = self.member()
        term_start = when.year
        term = f"{term_start}-{term_start + 5}"
        nth = self.pick(["II", "III", "IV", "V", "VI", "VII"])
        pres = self.person(degree=True)
        n_members = self.n(120, 4200)
        title = self.pick([f"Đại hội đại biểu {assoc} lần thứ {nth}, nhiệm kỳ {term}",
                           f"{assoc} tổ chức Đại hội lần thứ {nth}", f"{pres.full()} được bầu làm Chủ tịch {assoc} nhiệm kỳ {term}"])
        body = [self.para(f"{self.when_phrase(when)}, {assoc} tổ chức Đại hội đại biểu lần thứ {nth}, nhiệm kỳ {term}.",
                          f"Dự đại hội có {self.official()}; {self.vice.full()}, Phó Chủ tịch {o.short} cùng {self.n(60, 180)} đại biểu chính thức đại diện cho hơn {n_members} hội viên trong toàn tỉnh."),
                self.para(self.pick(["Báo cáo tại đại hội cho thấy, nhiệm kỳ qua Hội đã bám sát điều lệ và sự chỉ đạo của Liên hiệp Hội, phát triển thêm",
                                     "Nhiệm kỳ qua, mặc dù chịu ảnh hưởng của dịch bệnh và khó khăn về kinh phí, Hội vẫn duy trì ổn định tổ chức và phát triển thêm"])
                          + f" {self.n(3, 14)} chi hội với {self.n(90, 600)} hội viên mới.",
                          self.pick([f"Hội đã tổ chức {self.n(6, 40)} lớp tập huấn, {self.n(2, 9)} hội thảo khoa học và tham gia tư vấn, phản biện {self.n(2, 12)} đề án, dự án của tỉnh.",
                                     f"Nhiều hội viên có công trình nghiên cứu được ứng dụng vào thực tiễn; {self.n(2, 8)} giải pháp đạt giải tại Hội thi sáng tạo kỹ thuật tỉnh."])),
                self.para(self.pick(["Phát biểu tại đại hội,", "Phát biểu chỉ đạo,"]) + f" {self.vice.full()} ghi nhận những đóng góp của Hội, đồng thời đề nghị Ban Chấp hành khóa mới "
                          + self.pick(["chú trọng đổi mới phương thức hoạt động, thu hút trí thức trẻ tham gia sinh hoạt hội.",
                                       "tăng cường ứng dụng công nghệ thông tin trong quản lý hội viên và đẩy mạnh hoạt động tư vấn, phản biện.",
                                       "quan tâm phát triển hội viên ở cơ sở, nhất là vùng sâu, vùng xa."])),
                self.para(f"Đại hội đã bầu Ban Chấp hành nhiệm kỳ {term} gồm {self.n(9, 25)} ủy viên; {pres.full()} được bầu giữ chức Chủ tịch Hội.",
                          self.pick([f"Đại hội cũng thông qua Nghị quyết với {self.n(5, 9)} chỉ tiêu chủ yếu cho nhiệm kỳ mới.",
                                     "Đại hội đã biểu quyết thông qua Điều lệ sửa đổi và Chương trình hành động nhiệm kỳ mới.",
                                     f"Dịp này, {self.n(4, 15)} tập thể và cá nhân được tặng Bằng khen, Giấy khen vì có thành tích xuất sắc trong nhiệm kỳ qua."]))]
        return title, body

    def _sang_tao(self, when):
        o = self.org
        nth = self.pick(["IX", "X", "XI", "XII", "XIII", "XIV"])
        sols = self.some(TECH_SOLUTIONS, 3)
        n_sol = self.n(40, 130)
        year2 = when.year
        title = self.pick([f"Tổng kết và trao giải Hội thi Sáng tạo kỹ thuật tỉnh lần thứ {nth}",
                           f"Phát động Hội thi Sáng tạo kỹ thuật tỉnh {o.province} lần thứ {nth} ({year2}-{year2 + 1})",
                           f"{self.n(20, 45)} giải pháp đạt giải Hội thi Sáng tạo kỹ thuật lần thứ {nth}",
                           "Trao giải thưởng sáng tạo kỹ thuật cho các tác giả có giải pháp xuất sắc"])
        winner = self.person(degree=True)
        body = [self.para(f"{self.when_phrase(when)}, Ban Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh {o.province} tổ chức lễ tổng kết và trao giải Hội thi lần thứ {nth}.",
                          self.pick([f"Hội thi do {o.short} chủ trì, phối hợp với Sở Khoa học và Công nghệ, Liên đoàn Lao động tỉnh và Tỉnh đoàn tổ chức.",
                                     f"Tới dự có {self.official()} cùng đông đảo tác giả, nhóm tác giả có giải pháp đạt giải."])),
                self.para(f"Sau {self.n(8, 14)} tháng phát động, Ban Tổ chức đã nhận được {n_sol} giải pháp thuộc các lĩnh vực "
                          + self.pick(["cơ khí, tự động hóa; nông nghiệp; y dược; giáo dục và đào tạo; công nghệ thông tin.",
                                       "nông, lâm, ngư nghiệp; xây dựng, giao thông; môi trường; y tế và chăm sóc sức khỏe cộng đồng.",
                                       "kỹ thuật công nghiệp, điện tử, năng lượng, vật liệu mới và quản lý."]),
                          f"Hội đồng giám khảo đã chọn {self.n(18, 40)} giải pháp đạt giải, trong đó có {self.n(1, 3)} giải Nhất, {self.n(3, 6)} giải Nhì, {self.n(6, 12)} giải Ba và nhiều giải Khuyến khích."),
                self.para(self.pick([f"Giải Nhất thuộc về giải pháp “{sols[0][0].upper() + sols[0][1:]}” của nhóm tác giả do {winner.full()} làm trưởng nhóm.",
                                     f"Nổi bật là giải pháp “{sols[0][0].upper() + sols[0][1:]}” của {winner.full()}, đã được áp dụng tại {self.n(2, 30)} cơ sở sản xuất."]),
                          f"Giải pháp giúp {self.pick(['giảm 30% chi phí nhân công', 'rút ngắn một nửa thời gian chế biến', 'tiết kiệm khoảng 40% điện năng', 'tăng năng suất lên gấp ba lần so với làm thủ công'])} và có khả năng nhân rộng.",
                          self.pick([f"Các giải pháp “{sols[1]}” và “{sols[2]}” cũng được hội đồng đánh giá cao về tính mới và hiệu quả kinh tế.", ""])),
                self.para(self.pick(["Phát biểu tại buổi lễ,", "Phát biểu chỉ đạo,"]) + f" {self.official()} "
                          + self.pick(["đánh giá Hội thi đã trở thành sân chơi bổ ích, khơi dậy phong trào lao động sáng tạo trong mọi tầng lớp nhân dân.",
                                       "đề nghị các ngành chức năng hỗ trợ tác giả đăng ký bảo hộ sở hữu trí tuệ và thương mại hóa sản phẩm.",
                                       "cho rằng nhiều giải pháp xuất phát từ chính nhu cầu của sản xuất nên có sức sống lâu dài."]),
                          self.pick(["Các giải pháp đạt giải cao sẽ được chọn tham dự Hội thi Sáng tạo kỹ thuật toàn quốc.",
                                     "Dịp này, Ban Tổ chức cũng phát động Hội thi lần thứ tiếp theo với nhiều điểm mới về thể lệ."]))]
        return title, body

    def _pho_bien(self, when):
        o = self.org
        theme = self.pick(["phòng, chống dịch bệnh mùa mưa lũ", "sử dụng thuốc bảo vệ thực vật an toàn", "phòng chống tác hại của thuốc lá",
                           "an toàn thông tin khi sử dụng mạng xã hội", "chăm sóc sức khỏe người cao tuổi", "phòng ngừa đột quỵ",
                           "tiết kiệm năng lượng trong gia đình", "dinh dưỡng hợp lý cho trẻ em", "bảo vệ nguồn nước sinh hoạt",
                           "nhận diện lừa đảo qua điện thoại", "phòng chống sốt xuất huyết", "quyền sở hữu trí tuệ cho nông sản"])
        title = self.pick([f"Phổ biến kiến thức về {theme}", f"Nói chuyện chuyên đề “{theme[0].upper() + theme[1:]}”",
                           f"Tuyên truyền, phổ biến kiến thức {theme} cho người dân", f"Nâng cao nhận thức cộng đồng về {theme}"])
        sp = self.person(degree=True)
        audience = self.pick(["hội viên phụ nữ", "người cao tuổi", "học sinh THCS", "đoàn viên thanh niên", "cán bộ, công chức xã", "hội viên nông dân"])
        body = [self.para(f"{self.when_phrase(when)}, tại huyện {self.district()}, {self.pick([o.short, self.member()])} tổ chức buổi phổ biến kiến thức về {theme} cho hơn {self.n(5, 30)}0 {audience}.",
                          self.pick(["Hoạt động nằm trong khuôn khổ dự án phổ biến kiến thức khoa học và công nghệ do Liên hiệp Hội Việt Nam hỗ trợ.",
                                     f"Đây là buổi thứ {self.n(2, 9)} trong chuỗi hoạt động truyền thông được tổ chức tại các địa bàn khó khăn của tỉnh năm {when.year}.", ""])),
                self.para(f"Báo cáo viên {sp.full()}, {self.pick(EXPERT_POSTS)}, "
                          + self.pick(["đã cung cấp những thông tin cơ bản, dễ hiểu kèm nhiều ví dụ thực tế tại địa phương.",
                                       "trình bày bằng hình ảnh, video ngắn và các tình huống cụ thể để người nghe dễ ghi nhớ.",
                                       "chia sẻ các số liệu đáng chú ý và những sai lầm phổ biến mà người dân thường mắc phải."]),
                          self.pick(["Theo báo cáo viên, mỗi năm trên địa bàn tỉnh ghi nhận hàng trăm trường hợp đáng tiếc liên quan đến vấn đề này, phần lớn do thiếu hiểu biết.",
                                     "Báo cáo viên nhấn mạnh, thay đổi thói quen nhỏ trong sinh hoạt hằng ngày có thể mang lại hiệu quả lớn.",
                                     f"Kết quả khảo sát nhanh trước buổi nói chuyện cho thấy chỉ {self.n(20, 55)}% người tham dự trả lời đúng các câu hỏi cơ bản."])),
                self.para(self.pick(["Buổi phổ biến kiến thức diễn ra sôi nổi với nhiều câu hỏi được đặt ra.",
                                     "Phần hỏi đáp thu hút sự quan tâm của đông đảo người dân.",
                                     "Người tham dự được phát tờ rơi, sổ tay hướng dẫn và tham gia trả lời câu hỏi có thưởng."]),
                          self.pick([f"{self.person().name}, một người dân trong xã, cho biết lần đầu được nghe giải thích cặn kẽ như vậy và sẽ chia sẻ lại với hàng xóm.",
                                     "Nhiều ý kiến đề nghị tổ chức thêm các buổi tương tự tại các thôn, bản xa trung tâm.",
                                     "Đại diện UBND xã đánh giá cao ý nghĩa của hoạt động và mong muốn được phối hợp thường xuyên."]))]
        if self.rng.random() < 0.5:
            body.append(f"Năm {when.year}, {o.short} đặt mục tiêu tổ chức {self.n(20, 60)} buổi phổ biến kiến thức với khoảng {self.n(2, 9)}.000 lượt người tham dự, ưu tiên các xã vùng đồng bào dân tộc thiểu số.")
        return title, body

    def _tong_ket(self, when):
        o = self.org
        if when.month <= 3 or when.month == 12:
            y = when.year - (1 if when.month <= 3 else 0)
            what, plan_ = f"tổng kết hoạt động năm {y} và triển khai nhiệm vụ năm {y + 1}", f"Năm {y + 1}"
            title = self.pick([f"{o.short} tổng kết hoạt động năm {y}, triển khai nhiệm vụ năm {y + 1}",
                               f"Tổng kết công tác năm {y} của {o.short}", f"Hội nghị Ban Chấp hành {o.short} lần thứ {self.n(3, 18)}"])
        else:
            y = when.year
            span = "6 tháng đầu năm" if when.month <= 8 else "9 tháng đầu năm"
            what, plan_ = f"sơ kết hoạt động {span} {y} và bàn nhiệm vụ những tháng cuối năm", "Những tháng cuối năm"
            title = self.pick([f"Sơ kết hoạt động {span} {y} của {o.short}", f"Hội nghị Ban Chấp hành {o.short} lần thứ {self.n(3, 18)}",
                               f"{o.short} sơ kết công tác {span}"])
        body = [self.para(f"{self.when_phrase(when)}, Ban Chấp hành {o.full} tổ chức hội nghị " + self.pick([f"{what}.", "đánh giá kết quả thực hiện nhiệm vụ và bàn phương hướng thời gian tới."]),
                          f"Dự hội nghị có {self.official()} và các ủy viên Ban Chấp hành, đại diện lãnh đạo {self.n(18, 40)} hội thành viên."),
                self.para(f"Báo cáo do {self.vice.full()}, Phó Chủ tịch Thường trực trình bày cho biết, thời gian qua, {o.short} đã "
                          + self.pick([f"kết nạp thêm {self.n(1, 3)} hội thành viên, nâng tổng số lên {self.n(24, 41)} hội với hơn {self.n(18, 60)}.000 hội viên.",
                                       f"thực hiện {self.n(5, 14)} nhiệm vụ tư vấn, phản biện và giám định xã hội, vượt kế hoạch được giao.",
                                       f"tổ chức {self.n(10, 45)} lớp tập huấn, hội thảo cho hơn {self.n(2, 9)}.000 lượt người tham dự."]),
                          self.pick([f"Hội thi Sáng tạo kỹ thuật và Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tiếp tục được triển khai rộng khắp với {self.n(150, 700)} giải pháp, mô hình dự thi.",
                                     f"Bản tin Khoa học và Đời sống phát hành đều đặn {self.n(4, 12)} số mỗi năm; trang thông tin điện tử đăng tải hơn {self.n(2, 7)}00 tin, bài."])),
                self.para(self.pick(["Bên cạnh kết quả đạt được, báo cáo cũng chỉ ra một số hạn chế như nguồn kinh phí hoạt động còn hạn hẹp, một số hội thành viên hoạt động cầm chừng, việc thu hút trí thức trẻ còn khó khăn.",
                                     "Tuy nhiên, hoạt động của một số hội còn phụ thuộc vào kinh phí hỗ trợ, công tác phát triển hội viên ở cơ sở chưa đồng đều."]),
                          self.pick([f"{plan_}, {o.short} đặt mục tiêu thực hiện ít nhất {self.n(3, 10)} nhiệm vụ tư vấn, phản biện và tổ chức thành công Hội thi Sáng tạo kỹ thuật.",
                                     "Phương hướng thời gian tới tập trung vào củng cố tổ chức, nâng cao chất lượng tư vấn, phản biện và đẩy mạnh chuyển đổi số trong hoạt động hội."])),
                self.para(f"Phát biểu tại hội nghị, {self.official()} " + self.pick(["ghi nhận những kết quả đáng khích lệ của Liên hiệp Hội trong bối cảnh còn nhiều khó khăn.",
                                                                                    "đề nghị Liên hiệp Hội phát huy hơn nữa vai trò tập hợp, đoàn kết đội ngũ trí thức khoa học và công nghệ của tỉnh."]),
                          self.pick([f"Dịp này, {self.n(5, 16)} tập thể và {self.n(8, 25)} cá nhân được khen thưởng vì có thành tích xuất sắc.", ""]))]
        return title, body

    def _thanh_thieu_nien(self, when):
        o = self.org
        nth = self.pick(["XII", "XIII", "XIV", "XV", "XVI"])
        projects = self.some(YOUTH_PROJECTS, 3)
        school = self.pick(["THCS Lê Quý Đôn", "THPT chuyên", "THCS Nguyễn Du", "THPT Phan Bội Châu", "Tiểu học Hùng Vương", "THCS Trần Phú"])
        title = self.pick([f"Trao giải Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh lần thứ {nth}",
                           f"Học sinh {school} đoạt giải Nhất với mô hình {projects[0]}",
                           f"Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng năm {when.year}: nhiều ý tưởng gắn với đời sống"])
        body = [self.para(f"{self.when_phrase(when)}, Ban Tổ chức Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh {o.province} lần thứ {nth} tổ chức lễ tổng kết, trao giải.",
                          f"Năm nay, cuộc thi nhận được {self.n(120, 420)} sản phẩm, mô hình của học sinh từ {self.n(30, 90)} trường trên địa bàn tỉnh, tăng so với năm trước."),
                self.para(f"Giải Nhất được trao cho mô hình “{projects[0][0].upper() + projects[0][1:]}” của nhóm học sinh Trường {school}.",
                          self.pick(["Sản phẩm được chế tạo từ các linh kiện dễ tìm, chi phí chỉ vài trăm nghìn đồng nhưng hoạt động ổn định.",
                                     "Theo các thành viên ban giám khảo, ý tưởng xuất phát từ chính những khó khăn các em gặp hằng ngày ở gia đình và trường học."]),
                          f"Các mô hình “{projects[1]}” và “{projects[2]}” cũng được đánh giá cao về khả năng ứng dụng."),
                self.para(self.pick([f"Em {self.person().name}, trưởng nhóm tác giả, chia sẻ: “Chúng em mất gần {self.n(3, 8)} tháng để hoàn thiện mô hình, có lúc tưởng phải bỏ cuộc nhưng được thầy cô động viên nên cả nhóm quyết tâm làm đến cùng”.",
                                     f"Thầy giáo hướng dẫn {self.person().name} cho biết nhà trường sẽ tiếp tục hỗ trợ các em hoàn thiện sản phẩm để dự thi cấp toàn quốc."])),
                self.para(f"Ban Tổ chức đã trao {self.n(1, 2)} giải Nhất, {self.n(3, 5)} giải Nhì, {self.n(6, 10)} giải Ba và {self.n(10, 24)} giải Khuyến khích cho các tác giả.",
                          self.pick([f"{self.n(3, 6)} sản phẩm xuất sắc nhất sẽ đại diện cho tỉnh tham dự Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng toàn quốc.",
                                     "Nhiều trường cũng được tặng giấy khen vì có thành tích trong công tác tổ chức, hướng dẫn học sinh tham gia cuộc thi."]))]
        return title, body

    def _ton_vinh(self, when):
        o = self.org
        people = [self.person(degree=True) for _ in range(3)]
        title = self.pick([f"Tôn vinh {self.n(12, 40)} trí thức khoa học và công nghệ tiêu biểu năm {when.year}",
                           "Gặp mặt, tôn vinh trí thức nhân Ngày Khoa học và Công nghệ Việt Nam 18/5",
                           f"{o.short} biểu dương trí thức tiêu biểu có nhiều đóng góp cho địa phương"])
        body = [self.para(f"{self.when_phrase(when)}, {o.short} tổ chức lễ tôn vinh trí thức khoa học và công nghệ tiêu biểu năm {when.year}.",
                          self.pick([f"Đây là năm thứ {self.n(4, 12)} liên tiếp hoạt động tôn vinh được tổ chức, nhằm ghi nhận đóng góp của đội ngũ trí thức đối với sự phát triển kinh tế - xã hội của tỉnh.",
                                     "Buổi lễ được tổ chức nhân dịp kỷ niệm Ngày Khoa học và Công nghệ Việt Nam."])),
                self.para(f"Các trí thức được tôn vinh hoạt động trong nhiều lĩnh vực khác nhau. Trong đó, {people[0].full()} "
                          + self.pick(["có hơn 30 năm nghiên cứu giống cây trồng, chọn tạo thành công hai giống lúa chịu mặn được công nhận.",
                                       "là tác giả của nhiều công trình nghiên cứu về bệnh truyền nhiễm ở trẻ em, được ứng dụng tại các bệnh viện tuyến huyện.",
                                       "đã chủ trì nhiều đề tài cấp tỉnh về bảo tồn nguồn gen cây dược liệu quý."]),
                          f"{people[1].full()} " + self.pick(["có sáng kiến cải tiến quy trình vận hành trạm bơm, tiết kiệm hàng tỷ đồng mỗi năm.",
                                                            "là giáo viên có nhiều năm bồi dưỡng học sinh giỏi và hướng dẫn học sinh nghiên cứu khoa học.",
                                                            "đã tham gia tư vấn, phản biện nhiều đề án lớn của tỉnh với những ý kiến có giá trị."])),
                self.para(f"Phát biểu cảm nghĩ, {people[2].full()} " + self.pick(["xúc động chia sẻ niềm vui khi những đóng góp thầm lặng được ghi nhận.",
                                                                                  "mong muốn tỉnh có thêm cơ chế đặt hàng để trí thức được cống hiến nhiều hơn."]),
                          f"Dịp này, {self.official()} đã trao Bằng khen cho các cá nhân được tôn vinh.")]
        return title, body

    def _khao_sat(self, when):
        o = self.org
        what = self.pick(["mô hình trồng dược liệu", "vùng nuôi tôm công nghệ cao", "công trình thủy lợi nhỏ", "mô hình kinh tế trang trại",
                          "hợp tác xã sản xuất chè", "khu xử lý rác tập trung", "làng nghề chế biến nông sản", "trường học vùng cao"])
        dist = self.district()
        title = self.pick([f"Khảo sát thực tế {what} tại huyện {dist}", f"Đoàn công tác {o.short} làm việc tại huyện {dist}",
                           f"Tìm hiểu {what} ở {dist}"])
        body = [self.para(f"{self.when_phrase(when)}, đoàn công tác của {o.short} do {self.vice.full()}, Phó Chủ tịch làm trưởng đoàn đã đi khảo sát thực tế {what} tại huyện {dist}.",
                          self.pick(["Chuyến khảo sát nhằm thu thập thông tin phục vụ nhiệm vụ tư vấn, phản biện năm nay.",
                                     "Đoàn có sự tham gia của các chuyên gia thuộc hội thành viên và đại diện các sở, ngành liên quan."])),
                self.para(f"Tại buổi làm việc, lãnh đạo UBND huyện {dist} cho biết " + self.pick([
                    f"toàn huyện hiện có {self.n(12, 90)} cơ sở, bình quân mỗi năm tạo việc làm cho khoảng {self.n(2, 9)}00 lao động.",
                    f"sau {self.n(3, 8)} năm triển khai, mô hình đã mang lại thu nhập ổn định, nhưng vẫn gặp khó về vốn và thị trường.",
                    "địa phương đang thiếu cán bộ kỹ thuật có chuyên môn sâu để hướng dẫn người dân."]),
                          self.pick(["Một số hộ phản ánh giá vật tư đầu vào tăng cao trong khi giá bán sản phẩm bấp bênh.",
                                     "Cơ sở hạ tầng phục vụ sản xuất, đặc biệt là đường giao thông nội vùng, còn xuống cấp.", ""])),
                self.para(self.pick(["Các thành viên đoàn đã trao đổi, chia sẻ kinh nghiệm và gợi mở một số hướng liên kết với doanh nghiệp.",
                                     "Các chuyên gia đề nghị địa phương quy hoạch vùng sản xuất tập trung và xây dựng nhãn hiệu tập thể cho sản phẩm."]),
                          f"Kết thúc chuyến khảo sát, {o.short} sẽ có báo cáo kiến nghị gửi UBND tỉnh " + self.pick(["trong tháng tới.", "kèm theo các giải pháp cụ thể.", f"trước ngày {self.n(10, 28)}/{(when.month % 12) + 1}."]))]
        return title, body

    def _ky_ket(self, when):
        o = self.org
        partner = self.pick([p for p in ["Sở Khoa học và Công nghệ", "Trường Cao đẳng Cộng đồng tỉnh", "Hội Nông dân tỉnh", "Tỉnh đoàn",
                                         "Sở Giáo dục và Đào tạo", "Liên đoàn Lao động tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
                                         "Đài Phát thanh - Truyền hình tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"]
                             if p not in (o.short, o.full) and not o.full.startswith(p)])
        years = f"{when.year}-{when.year + 4}"
        title = self.pick([f"Ký kết chương trình phối hợp giữa {o.short} và {partner} giai đoạn {years}",
                           f"{o.short} và {partner} ký quy chế phối hợp", f"Tăng cường phối hợp giữa {o.short} và {partner}"])
        body = [self.para(f"{self.when_phrase(when)}, {o.full} và {partner} tổ chức lễ ký kết chương trình phối hợp hoạt động giai đoạn {years}.",
                          f"Dự lễ ký kết có {self.official()}."),
                self.para(f"Theo chương trình, hai bên thống nhất phối hợp trong {self.n(4, 7)} nhóm nội dung chính: "
                          + self.pick(["tuyên truyền, phổ biến kiến thức khoa học; tư vấn, phản biện; tổ chức các cuộc thi sáng tạo; bồi dưỡng, tôn vinh trí thức.",
                                       "chia sẻ thông tin, nghiên cứu khoa học, chuyển giao tiến bộ kỹ thuật và nâng cao năng lực cho cán bộ, hội viên.",
                                       "đào tạo nguồn nhân lực, hỗ trợ khởi nghiệp đổi mới sáng tạo, truyền thông và xây dựng cơ sở dữ liệu chuyên gia."]),
                          self.pick(["Mỗi năm, hai bên sẽ xây dựng kế hoạch cụ thể và tổ chức sơ kết đánh giá kết quả thực hiện.",
                                     "Hai bên giao đầu mối là văn phòng của mỗi cơ quan theo dõi, đôn đốc việc triển khai."])),
                self.para(f"Phát biểu tại lễ ký kết, {self.chair.full()}, Chủ tịch {o.short} khẳng định "
                          + self.pick(["việc ký kết tạo khung pháp lý quan trọng để phát huy thế mạnh của mỗi bên.",
                                       "chương trình phối hợp sẽ giúp huy động tốt hơn đội ngũ trí thức tham gia giải quyết các vấn đề của địa phương."]),
                          f"Đại diện {partner} " + self.pick(["mong muốn sự phối hợp sẽ đi vào thực chất, tránh hình thức.",
                                                               "cam kết tạo điều kiện thuận lợi để các nội dung được triển khai hiệu quả."]))]
        return title, body

    def _chuyen_giao(self, when):
        o = self.org
        sol = self.pick(TECH_SOLUTIONS)
        dist = self.district()
        title = self.pick([f"Chuyển giao {sol} cho hợp tác xã tại {dist}", f"Ứng dụng {sol} vào sản xuất",
                           f"Hiệu quả từ mô hình ứng dụng {sol}"])
        coop = self.pick(["Hợp tác xã Nông nghiệp", "Hợp tác xã Dịch vụ", "Tổ hợp tác", "Hợp tác xã Chè", "Hợp tác xã Dược liệu"]) + " " + self.pick(["Thành Công", "Đồng Tâm", "Tân Tiến", "Hòa Bình", "Quyết Thắng", "Xuân Phong"])
        body = [self.para(f"Thực hiện dự án ứng dụng tiến bộ khoa học và công nghệ năm {when.year}, {o.short} phối hợp với {self.member()} chuyển giao {sol} cho {coop}, huyện {dist}.",
                          f"Tổng kinh phí thực hiện khoảng {self.n(150, 900)} triệu đồng, trong đó đơn vị tiếp nhận đối ứng {self.n(20, 50)}%."),
                self.para(self.pick(["Trước đây, các thành viên hợp tác xã chủ yếu làm thủ công, năng suất thấp và tốn nhiều công lao động.",
                                     f"Theo ông {self.person().name}, Giám đốc hợp tác xã, khó khăn lớn nhất của đơn vị là thiếu thiết bị và quy trình chuẩn."]),
                          f"Sau {self.n(3, 10)} tháng áp dụng, " + self.pick([f"năng suất lao động tăng khoảng {self.n(30, 150)}%, chất lượng sản phẩm đồng đều hơn.",
                                                                                f"hợp tác xã đã tiết kiệm được khoảng {self.n(40, 300)} triệu đồng chi phí mỗi vụ.",
                                                                                "sản phẩm đã đủ điều kiện tham gia chương trình mỗi xã một sản phẩm (OCOP)."])),
                self.para(self.pick(["Cán bộ kỹ thuật của dự án thường xuyên có mặt tại cơ sở để hướng dẫn vận hành, bảo dưỡng thiết bị.",
                                     f"Dự án đã đào tạo {self.n(6, 25)} kỹ thuật viên cơ sở có thể tự vận hành và hướng dẫn lại cho người khác."]),
                          self.pick([f"Thời gian tới, {o.short} sẽ phối hợp với địa phương tổng kết, đánh giá để nhân rộng mô hình ra các xã lân cận.",
                                     "Đơn vị tiếp nhận cam kết duy trì, phát triển mô hình sau khi dự án kết thúc."]))]
        return title, body

    # -- extras --------------------------------------------------------------------------
    def addendum(self, when: datetime) -> str:
        """A paragraph an editor adds to a published item (the week's edits)."""
        return self.pick([
            f"Cập nhật ngày {self.dmy(when)}: Ban Tổ chức cho biết danh sách chính thức và tài liệu của sự kiện đã được gửi tới các hội thành viên; các đơn vị cần thêm thông tin có thể liên hệ Văn phòng {self.org.short} qua số điện thoại 0238.3{self.n(800000, 899999)}.",
            f"Bổ sung: Sau hội nghị, {self.org.short} đã nhận thêm {self.n(3, 12)} văn bản góp ý của các chuyên gia không có điều kiện tham dự trực tiếp; các ý kiến này được tổng hợp vào báo cáo gửi UBND tỉnh ngày {self.dmy(when)}.",
            f"Ngày {self.dmy(when)}, UBND tỉnh đã có văn bản ghi nhận kết quả và giao các sở, ngành liên quan phối hợp với {self.org.short} triển khai các kiến nghị nêu trên.",
            f"Thông tin thêm: {self.person(degree=True).full()}, thành viên Ban Tổ chức, cho biết đợt tiếp theo dự kiến diễn ra tại huyện {self.district()} vào cuối tháng {self.n(1, 12)}, ưu tiên các hộ chưa được tham gia lần này.",
            f"Đính chính: Trong bản tin đăng trước đó, số đại biểu tham dự được ghi chưa chính xác; số liệu đúng là {self.n(60, 240)} đại biểu. Ban biên tập xin cáo lỗi cùng bạn đọc.",
        ])

    def sentence_summary(self, paragraphs: list[str], sentences: int = 3) -> str:
        """The first sentences of an item: what portal listings print under a title."""
        out: list[str] = []
        for p in paragraphs:
            for s in p.replace("”.", "”. ").split(". "):
                s = s.strip()
                if s:
                    out.append(s if s.endswith((".", "”", "!", "?")) else s + ".")
                if len(out) >= sentences:
                    return " ".join(out)
        return " ".join(out)


def words(text: str, n: int) -> str:
    """The first `n` words (an excerpt)."""
    ws = text.split()
    return " ".join(ws[:n])
