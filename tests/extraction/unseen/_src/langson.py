"""Liên hiệp hội Lạng Sơn, as a home-made PHP CMS of the late 2000s renders it: one <title>
for all pages, table layout, <font> tags, article text in one div with paragraphs separated
by <br /><br /> instead of <p>, "Cập nhật: dd/mm/yyyy HH:MM", a poll and a counter with a
stray "²" glyph, and editors pasting their own "Tin liên quan" links into the body."""
from make import Body, Page, dmy, h, lead_of, norm, plain, when

SITE = {"id": "langson-php", "cms": "custom-php", "host": "http://lienhiephoilangson.org.vn"}
HOST = SITE["host"]
NAME = "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH LẠNG SƠN"
TODAY = "Chủ nhật, 16/11/2025"

OLD = [
    ("Hội Khoa học Kinh tế tỉnh tổ chức tọa đàm về kinh tế cửa khẩu", "2019-06-12 10:15", 388),
    ("Liên hiệp hội tỉnh sơ kết 6 tháng đầu năm 2019", "2019-07-18 15:00", 395),
]


class BRBody(Body):
    """The editor of this CMS writes everything into one block with line breaks."""

    def block(self, pg, b):
        if isinstance(b, str):
            return pg.para(b)
        k = b[0]
        if k in ("lead", "p"):
            return f"<b>{pg.para(b[1])}</b>" if k == "lead" else pg.para(b[1])
        if k == "h":
            return f'<b><font color="#003399">{pg.para(b[1])}</font></b>'
        if k == "img":
            src = f"{HOST}/upload/tintuc/{b[1]}"
            cap = b[2]
            if cap is None:
                return f'<div align="center"><img src="{src}" width="450" border="0"></div>'
            txt = pg.no(cap[1:]) if cap.startswith("=") else pg.para(cap)
            return f'<div align="center"><img src="{src}" width="450" border="0"><br><i><font size="2">{txt}</font></i></div>'
        if k == "sig":
            return f'<div align="right"><b>{pg.no(b[1], force=True)}</b></div>'
        if k == "quote":
            return f"<i>{pg.para(b[1])}</i>"
        if k in ("ul", "ol"):
            return "<br />".join(pg.para(i) for i in b[1])
        if k == "table":
            out = ['<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse:collapse">']
            for r in b[1]:
                pg.paras.append(norm(" ".join(plain(c) for c in r)))
                out.append("<tr>" + "".join(f'<td><font face="Times New Roman" size="3">{h(c)}</font></td>' for c in r) + "</tr>")
            return "".join(out) + "</table>"
        if k == "x":
            for s in b[2]:
                pg.no(s, force=True)
            return b[1]
        raise ValueError(k)

    def render(self, pg, blocks):
        out = []
        for b in blocks:
            piece = self.block(pg, b)
            out.append(piece)
        # divs and tables carry their own breaks; text runs are separated by an empty line
        html_ = ""
        for i, piece in enumerate(out):
            html_ += piece
            if i < len(out) - 1 and not piece.startswith(("<div", "<table")) and not out[i + 1].startswith(("<div", "<table")):
                html_ += "<br />\n<br />\n"
            else:
                html_ += "\n"
        return html_


def url(a, page=1):
    u = f"{HOST}/index.php/dnews/{a['id']}/{a['slug']}.html"
    return u + (f"?page={page}" if page > 1 else "")


def shell(pg: Page, center: str, n: int, title_tag=NAME) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title_tag}</title>
<meta name="keywords" content="lien hiep hoi, lang son, khoa hoc ky thuat, tri thuc">
<link href="{HOST}/templates/default/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" type="text/javascript" src="{HOST}/js/common.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#E9EEF5">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="980" height="160"><param name="movie" value="{HOST}/images/banner.swf"><embed src="{HOST}/images/banner.swf" width="980" height="160"></embed></object></td></tr>
<tr><td class="menutop" height="30">&nbsp;<a href="{HOST}/index.php" class="menu">Trang chủ</a> | <a href="{HOST}/index.php/gioithieu.html" class="menu">Giới thiệu</a> | <a href="{HOST}/index.php/dnews/cat/1/Tin-tuc-Su-kien.html" class="menu">Tin tức - Sự kiện</a> | <a href="{HOST}/index.php/dnews/cat/2/Tu-van-Phan-bien.html" class="menu">Tư vấn - Phản biện</a> | <a href="{HOST}/index.php/dnews/cat/3/Khoa-hoc-Doi-song.html" class="menu">Khoa học - Đời sống</a> | <a href="{HOST}/index.php/vanban.html" class="menu">Văn bản</a> | <a href="{HOST}/index.php/lienhe.html" class="menu">Liên hệ</a></td></tr>
<tr><td height="24" class="ngay"><font color="#990000"><b>{pg.no(TODAY)}</b></font> &nbsp; <marquee width="720" scrollamount="3">{pg.no("Chào mừng quý vị đến với Trang thông tin điện tử Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lạng Sơn")}</marquee></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="190" valign="top" class="cottrai">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieudekhung">DANH MỤC</td></tr>
<tr><td class="khung"><a href="{HOST}/index.php/dnews/cat/1/Tin-tuc-Su-kien.html">» Tin tức - Sự kiện</a><br><a href="{HOST}/index.php/dnews/cat/4/Hoi-thanh-vien.html">» Hội thành viên</a><br><a href="{HOST}/index.php/dnews/cat/5/Hoi-thi-Sang-tao.html">» Hội thi Sáng tạo</a><br><a href="{HOST}/index.php/dnews/cat/6/Thong-bao.html">» Thông báo</a></td></tr>
<tr><td class="tieudekhung">{pg.no("THĂM DÒ Ý KIẾN")}</td></tr>
<tr><td class="khung"><form name="frmPoll" method="post" action="{HOST}/index.php/poll/vote.html">{pg.no("Bạn thấy nội dung của website như thế nào ?")}<br>
<input type="radio" name="poll" value="1"> Rất hữu ích<br><input type="radio" name="poll" value="2"> Hữu ích<br><input type="radio" name="poll" value="3"> Bình thường<br>
<input type="submit" value="Bình chọn" class="nut"> <input type="button" value="Xem kết quả" class="nut" onclick="window.open('{HOST}/index.php/poll/result.html')"></form></td></tr>
</table>
</td>
<td width="600" valign="top" class="cotgiua">
{center}
</td>
<td width="190" valign="top" class="cotphai">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieudekhung">LIÊN KẾT WEBSITE</td></tr>
<tr><td class="khung" align="center"><a href="https://vusta.vn" target="_blank"><img src="{HOST}/images/lk_vusta.gif" width="170" border="0" alt="VUSTA"></a><br><a href="https://langson.gov.vn" target="_blank"><img src="{HOST}/images/lk_langson.gif" width="170" border="0" alt="Lạng Sơn"></a></td></tr>
<tr><td class="tieudekhung">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td class="khung"><font size="2">{pg.no(f"² Ngày {dmy(when('2017-05-25 00:00'))}")}<br>Hôm nay: {97 + 5 * n}<br>{pg.no(f"Tổng số: {345112 + 61 * n:,}".replace(",", "."))}</font></td></tr>
</table>
</td>
</tr></table>
</td></tr>
<tr><td class="chantrang" align="center"><font size="2"><b>{pg.no("Bản quyền thuộc về Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lạng Sơn")}</b><br>Địa chỉ: Số 8 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn. ĐT: 0205.3812.539<br>Thiết kế và phát triển: Trung tâm Tin học - Sở Khoa học và Công nghệ Lạng Sơn</font></td></tr>
</table>
</body>
</html>
"""


def render(a, pg: Page, arts):
    a["url"] = url(a)
    d = when(a["date"])
    parts = a["body"] if isinstance(a["body"][0], list) else [a["body"]]
    rows = [(x["title"], x["date"], x["id"], x["slug"]) for x in arts if x is not a] + [(t, dd, i, "") for t, dd, i in OLD]
    rows = sorted(rows, key=lambda r: r[1], reverse=True)[:6]
    tinkhac = "".join(f'<tr><td><img src="{HOST}/images/dot.gif"> <a href="{HOST}/index.php/dnews/{i}/{s or "tin"}.html" class="tinkhac">{pg.no(t) if k < 3 else h(t)}</a> <font color="#888888" size="1">({dmy(when(dd))})</font></td></tr>' for k, (t, dd, i, s) in enumerate(rows))
    docs = []
    for k, blocks in enumerate(parts):
        body = BRBody().render(pg, blocks)
        pager = ""
        if len(parts) > 1:
            links = " ".join(f"<b>[{i}]</b>" if i == k + 1 else f'<a href="{url(a, i)}">{i}</a>' for i in range(1, len(parts) + 1))
            nxt = f' <a href="{url(a, k + 2)}">{pg.no("Trang tiếp »")}</a>' if k < len(parts) - 1 else ""
            pager = f'<div class="phantrang" align="center">{pg.no("Trang:")} {links}{nxt}</div>'
        tail = ""
        if k == len(parts) - 1:
            if a.get("sign"):
                tail += f'<div class="tacgia" align="right"><b>{pg.no(a["sign"], force=True)}</b></div>'
            if a.get("source_line"):
                tail += f'<div class="nguon" align="right"><i>{pg.no(a["source_line"], force=True)}</i></div>'
        center = f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieudekhung">Tin tức - Sự kiện</td></tr></table>
<table width="100%" cellpadding="6" cellspacing="0"><tr><td>
<div class="tieudetin"><font size="4" color="#003399"><b>{h(a["title"])}</b></font></div>
<div class="ngaycapnhat"><font size="2" color="#666666">{pg.no(f"Cập nhật: {dmy(d)} {d:%H:%M}")}</font></div>
<div class="noidung" style="text-align:justify"><font face="Times New Roman" size="3">
{body}
</font></div>
{pager}
{tail}
<div class="congcu" align="right"><a href="javascript:window.print()"><img src="{HOST}/images/print.gif" border="0"> {pg.no("In bài viết")}</a> | <a href="{HOST}/index.php/guiban/{a['id']}.html">Gửi bạn bè</a> | <a href="#">Về đầu trang</a></div>
<table width="100%" cellpadding="2" cellspacing="0" class="tinkhac"><tr><td><b>{pg.no("Các tin khác:")}</b></td></tr>{tinkhac}</table>
</td></tr></table>"""
        docs.append(shell(pg, center, a["n"] + k))
    return docs


def listings(arts):
    pg = Page()
    rows = sorted(arts, key=lambda a: a["date"], reverse=True)
    items = "".join(f'<tr><td width="110" valign="top"><img src="{HOST}/upload/tintuc/thumb_{a["id"]}.jpg" width="100" border="0"></td><td valign="top"><a href="{url(a)}" class="tieudelist"><b>{h(a["title"])}</b></a> <font size="1" color="#888888">({dmy(when(a["date"]))})</font><br><font size="2">{h(lead_of(a)[:200])}...</font></td></tr>' for a in rows)
    cat = shell(pg, f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieudekhung">Tin tức - Sự kiện</td></tr></table><table width="100%" cellpadding="5">{items}</table><div align="center">Trang: <b>[1]</b> <a href="{HOST}/index.php/dnews/cat/1/Tin-tuc-Su-kien.html?p=2">2</a> <a href="{HOST}/index.php/dnews/cat/1/Tin-tuc-Su-kien.html?p=3">3</a> ... <a href="{HOST}/index.php/dnews/cat/1/Tin-tuc-Su-kien.html?p=19">19</a></div>', 0)
    top = rows[0]
    home = shell(pg, f'<table width="100%" cellpadding="5"><tr><td><img src="{HOST}/upload/tintuc/big_{top["id"]}.jpg" width="580"><br><a href="{url(top)}"><font size="4"><b>{h(top["title"])}</b></font></a><br>{h(lead_of(top))}</td></tr></table><table width="100%" cellpadding="3">' + "".join(f'<tr><td>» <a href="{url(a)}">{h(a["title"])}</a></td></tr>' for a in rows[1:]) + "</table>", 1)
    return [cat, home]


ARTICLES = [
    dict(n=1, id=612, slug="Hoi-thao-khoa-hoc-Phat-trien-cay-hoi-Lang-Son-theo-huong-ben-vung", date="2024-05-16 14:35",
         title="Hội thảo khoa học “Phát triển cây hồi Lạng Sơn theo hướng bền vững”",
         author="Hoàng Thị Nguyệt", sign="Hoàng Thị Nguyệt", source=None,
         body=[
             ("lead", "Ngày 15/5, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức hội thảo khoa học “Phát triển cây hồi Lạng Sơn theo hướng bền vững”."),
             "Lạng Sơn hiện có khoảng 38.000 ha hồi, tập trung ở Văn Quan, Bình Gia, Văn Lãng, Tràng Định, là vùng hồi lớn nhất cả nước. Sản phẩm hoa hồi khô và tinh dầu hồi đã được cấp chỉ dẫn địa lý, nhưng nhiều diện tích hồi già cỗi, năng suất thấp, giá bán phụ thuộc lớn vào thị trường Trung Quốc.",
             ("img", "2024/05/hoithao_hoi_01.jpg", "Các đại biểu tham dự hội thảo"),
             "Các chuyên gia của Viện Khoa học Lâm nghiệp Việt Nam giới thiệu kết quả tuyển chọn cây hồi trội cho năng suất trên 20 kg hoa tươi mỗi cây mỗi năm, đồng thời khuyến cáo người dân ghép cải tạo các rừng hồi kém chất lượng thay vì chặt bỏ trồng mới.",
             "Đại diện doanh nghiệp chưng cất tinh dầu đề xuất xây dựng vùng nguyên liệu có chứng nhận hữu cơ để xuất khẩu sang châu Âu và Nhật Bản, nơi tinh dầu hồi đạt chuẩn có giá cao gấp đôi so với bán thô.",
             "Kết thúc hội thảo, Liên hiệp hội sẽ tổng hợp các ý kiến gửi UBND tỉnh làm cơ sở xây dựng kế hoạch phát triển cây hồi giai đoạn 2025 – 2030.",
         ]),
    dict(n=2, id=571, slug="Ket-qua-Hoi-thi-Sang-tao-ky-thuat-tinh-Lang-Son-lan-thu-VIII", date="2022-12-06 09:20",
         title="Kết quả Hội thi Sáng tạo kỹ thuật tỉnh Lạng Sơn lần thứ VIII (2021 – 2022)",
         author="Ban Tổ chức Hội thi", sign="Ban Tổ chức Hội thi", source=None,
         body=[[
             ("lead", "Sau hơn một năm triển khai, Hội thi Sáng tạo kỹ thuật tỉnh Lạng Sơn lần thứ VIII (2021 – 2022) đã khép lại với 21 giải pháp được trao giải, trong đó có 2 giải Nhất."),
             ("h", "I. Tình hình tổ chức"),
             "Hội thi được phát động từ tháng 9/2021 trong điều kiện dịch Covid-19 còn diễn biến phức tạp. Ban Tổ chức đã linh hoạt chuyển sang hình thức tiếp nhận hồ sơ qua bưu điện và thư điện tử, tổ chức tập huấn trực tuyến về cách viết bản mô tả giải pháp cho cán bộ đầu mối của các huyện, thành phố.",
             "Kết quả, Ban Thư ký nhận được 46 hồ sơ của 93 tác giả và đồng tác giả, thuộc 6 lĩnh vực. Số giải pháp của người lao động trực tiếp và nông dân tăng so với các lần trước, chiếm khoảng 28%.",
             "Hội đồng giám khảo gồm 21 chuyên gia, chia thành 6 tiểu ban, đã đánh giá hồ sơ và khảo sát thực tế tại nơi áp dụng đối với 30 giải pháp vào vòng chung khảo.",
             ("h", "II. Kết quả xét giải"),
             ("table", [["Lĩnh vực", "Hồ sơ dự thi", "Đạt giải"],
                        ["Cơ khí – Tự động hóa", "9", "5"],
                        ["Nông – Lâm nghiệp", "12", "6"],
                        ["Y dược", "7", "3"],
                        ["Giáo dục – Đào tạo", "8", "3"],
                        ["Điện – Điện tử – Tin học", "6", "3"],
                        ["Môi trường", "4", "1"]]),
         ], [
             "Hai giải Nhất thuộc về giải pháp “Quy trình nhân giống na Chi Lăng bằng phương pháp ghép nêm cải tiến” của nhóm tác giả Trung tâm Khuyến nông tỉnh và giải pháp “Hệ thống cảnh báo sớm cháy rừng dùng cảm biến khói và năng lượng mặt trời” của một nhóm kỹ sư tại thành phố Lạng Sơn.",
             ("img", "2022/12/hoithi_viii_trao_giai.jpg", "Lãnh đạo tỉnh trao giải Nhất cho các tác giả"),
             ("h", "III. Nhận xét chung"),
             "Ban Tổ chức đánh giá:",
             ("ol", ["1. Chất lượng giải pháp được nâng lên, nhiều giải pháp có khả năng nhân rộng trong toàn tỉnh.",
                     "2. Phong trào đã lan tỏa đến các huyện vùng cao như Bình Gia, Đình Lập, Bắc Sơn.",
                     "3. Một số ngành có nhiều tiềm năng như giao thông, xây dựng còn ít giải pháp tham gia.",
                     "4. Việc đăng ký bảo hộ quyền sở hữu trí tuệ đối với giải pháp đạt giải còn hạn chế."]),
             "Ban Tổ chức đã chọn 5 giải pháp tiêu biểu gửi tham dự Hội thi Sáng tạo kỹ thuật toàn quốc lần thứ 17 và đề nghị các cơ quan, doanh nghiệp có giải pháp đạt giải tiếp tục hoàn thiện, ứng dụng rộng rãi.",
         ]]),
    dict(n=3, id=646, slug="Hoi-Cuu-giao-chuc-tinh-gap-mat-nhan-ngay-Nha-giao-Viet-Nam", date="2023-11-21 16:10",
         title="Hội Cựu giáo chức tỉnh gặp mặt nhân Ngày Nhà giáo Việt Nam",
         author=None, sign=None, source=None,
         body=[
             "Sáng 19/11, Hội Cựu giáo chức tỉnh Lạng Sơn tổ chức gặp mặt hơn 100 hội viên nhân kỷ niệm 41 năm Ngày Nhà giáo Việt Nam.",
             "Tại buổi gặp mặt, nhiều thầy cô giáo đã nghỉ hưu chia sẻ niềm vui khi vẫn tham gia dạy học tình nguyện cho trẻ em ở các bản vùng cao và hướng dẫn học sinh nghèo ôn thi vào lớp 10.",
             "Hội đã trao tặng giấy khen cho 12 hội viên có nhiều đóng góp trong công tác khuyến học, khuyến tài năm học 2022 – 2023.",
         ]),
    dict(n=4, id=491, slug="Tap-huan-ky-thuat-trong-va-cham-soc-na-theo-huong-VietGAP-tai-Chi-Lang", date="2021-03-24 10:45",
         title="Tập huấn kỹ thuật trồng và chăm sóc na theo hướng VietGAP tại Chi Lăng",
         author="Lương Hòa", sign=None, source=None,
         body=[
             "Hội Làm vườn tỉnh vừa phối hợp với UBND huyện Chi Lăng mở 2 lớp tập huấn kỹ thuật trồng và chăm sóc na theo hướng VietGAP cho 80 hội viên ở các xã Chi Lăng, Quang Lang.",
             "Huyện Chi Lăng có gần 3.000 ha na, sản lượng mỗi năm khoảng 30.000 tấn. Na Chi Lăng đã có chỉ dẫn địa lý và vào được nhiều siêu thị, song vẫn còn hộ lạm dụng thuốc kích thích sinh trưởng để quả to, mẫu mã đẹp nhưng nhanh hỏng.",
             ("img", "2021/03/taphuan_na.jpg", "=P1040233"),
             "Học viên được hướng dẫn cách tỉa cành, tạo tán sau thu hoạch, thụ phấn bổ sung cho na bằng tay, bón phân cân đối và sử dụng thuốc bảo vệ thực vật theo nguyên tắc bốn đúng, bảo đảm thời gian cách ly trước khi thu hái.",
             "Hội sẽ hỗ trợ 15 hộ hoàn thiện hồ sơ chứng nhận VietGAP trong năm 2021.",
             ("x", "<b>Tin liên quan:</b><br />- <a href=\"" + HOST + "/index.php/dnews/388/tin.html\">Hội Khoa học Kinh tế tỉnh tổ chức tọa đàm về kinh tế cửa khẩu</a><br />- <a href=\"" + HOST + "/index.php/dnews/395/tin.html\">Liên hiệp hội tỉnh sơ kết 6 tháng đầu năm 2019</a><br /><br />",
              ["Tin liên quan:", "- Hội Khoa học Kinh tế tỉnh tổ chức tọa đàm về kinh tế cửa khẩu"]),
             ("x", '<div align="right">Tin, ảnh: Lương Hòa</div>', ["Tin, ảnh: Lương Hòa"]),
         ]),
    dict(n=5, id=402, slug="Pho-bien-kien-thuc-ve-so-huu-tri-tue-cho-doanh-nghiep-nho-va-vua", date="2019-10-30 08:05",
         title="Phổ biến kiến thức về sở hữu trí tuệ cho doanh nghiệp nhỏ và vừa",
         author=None, sign=None, source="vusta.vn", source_line="Theo vusta.vn",
         body=[
             "Liên hiệp hội tỉnh Lạng Sơn phối hợp với Sở Khoa học và Công nghệ tổ chức hội nghị phổ biến kiến thức về sở hữu trí tuệ cho gần 60 doanh nghiệp nhỏ và vừa, hợp tác xã trên địa bàn tỉnh.",
             "Các báo cáo viên giới thiệu những quy định cơ bản về nhãn hiệu, kiểu dáng công nghiệp, chỉ dẫn địa lý, hướng dẫn thủ tục đăng ký và cách tra cứu để tránh trùng lặp với nhãn hiệu đã được bảo hộ.",
             "Nhiều doanh nghiệp cho biết từng bị thương nhân nước ngoài đăng ký trước nhãn hiệu sản phẩm của mình, gây khó khăn khi xuất khẩu qua cửa khẩu Hữu Nghị, Tân Thanh.",
         ]),
    dict(n=6, id=455, slug="Hoi-Dong-y-tinh-kham-benh-phat-thuoc-mien-phi-cho-nguoi-dan-xa-bien-gioi-Bao-Lam", date="2020-01-09 15:25",
         title="Hội Đông y tỉnh khám bệnh, phát thuốc miễn phí cho người dân xã biên giới Bảo Lâm",
         author="Nông Thị Thu Trang - Hội Đông y tỉnh", sign=None, source=None,
         body=[
             "Nhân dịp Tết Nguyên đán Canh Tý 2020, Hội Đông y tỉnh đã tổ chức khám bệnh, tư vấn sức khỏe và cấp phát thuốc miễn phí cho gần 300 người dân xã Bảo Lâm, huyện Cao Lộc.",
             "Các lương y, bác sĩ chủ yếu khám và điều trị các bệnh xương khớp, đau dạ dày, cao huyết áp – những bệnh phổ biến ở người cao tuổi vùng biên. Bên cạnh thuốc tân dược, Hội cấp phát các bài thuốc nam từ cây thuốc sẵn có tại địa phương và hướng dẫn người dân cách sử dụng.",
             ("quote", "“Cây thuốc quanh nhà là tài sản quý, biết dùng đúng thì nhiều bệnh thông thường có thể tự chăm sóc được”, lương y Hoàng Văn Sáu nói với bà con."),
             "Dịp này, Hội cũng trao 50 suất quà Tết cho các hộ nghèo và gia đình chính sách của xã.",
             ("sig", "Nông Thị Thu Trang - Hội Đông y tỉnh"),
         ]),
    dict(n=7, id=538, slug="Lien-hiep-hoi-tinh-gop-y-du-thao-Quy-hoach-tinh-Lang-Son-thoi-ky-2021-2030", date="2022-03-11 17:40",
         title="Liên hiệp hội tỉnh góp ý dự thảo Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 – 2030",
         author="Chu Văn Lâm", sign=None, source=None,
         body=[
             "Ngày 10/3, Liên hiệp hội tỉnh tổ chức hội nghị lấy ý kiến các nhà khoa học, chuyên gia của hội thành viên về dự thảo Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 – 2030, tầm nhìn đến năm 2050.",
             "Hội nghị tập trung góp ý vào ba nhóm nội dung:",
             ("ul", ["- Phương án phát triển hệ thống cửa khẩu và khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn gắn với tuyến cao tốc Hữu Nghị – Chi Lăng;",
                     "- Phương án bảo vệ rừng đầu nguồn, phòng chống sạt lở đất ở các huyện vùng núi đá vôi;",
                     "- Định hướng phát triển du lịch gắn với di sản văn hóa các dân tộc Tày, Nùng, Dao."]),
             "Các chuyên gia đề nghị dự thảo làm rõ hơn nguồn nước cho các khu công nghiệp dự kiến, vì nhiều vùng của tỉnh thường xuyên thiếu nước vào mùa khô; đồng thời cân nhắc chỉ tiêu tăng trưởng du lịch khi hạ tầng giao thông đến các điểm di tích còn hạn chế.",
             "Toàn bộ ý kiến đã được tổng hợp thành văn bản gửi Sở Kế hoạch và Đầu tư.",
             ("x", "Tác giả bài viết: Chu Văn Lâm", ["Tác giả bài viết: Chu Văn Lâm"]),
         ]),
]
