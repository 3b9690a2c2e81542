"""Liên hiệp hội Vĩnh Long, as a custom ASP.NET WebForms portal renders it: table layout, one
<title> (the site name) for every page, no meta tags, __VIEWSTATE, a TreeView menu with
"Skip Navigation Links", "(Đăng lúc: dd/mm/yyyy hh:mm:ss PM)", captions in old editor
tables, "Các tin khác" with dates, and a notice ticker with its own dates."""
from make import Body, Page, attr, dmy, h, norm, plain, when

SITE = {"id": "vinhlong-aspnet", "cms": "aspnet-webforms", "host": "http://lienhiephoivinhlong.org.vn"}
HOST = SITE["host"]
NAME = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Long"
TODAY = "Thứ Hai, ngày 17/11/2025"

OLDER = [
    ("Hội Nông học tỉnh tổ chức hội thảo về cây bưởi Năm Roi", "2019-05-21 09:10", 1702),
    ("Liên hiệp hội tham gia góp ý dự thảo Luật Khoa học, Công nghệ và Đổi mới sáng tạo", "2025-03-18 14:25", 2488),
]


class AspBody(Body):
    p = '<p style="text-align: justify;"><span style="font-size: 14px;"><span style="font-family: Times New Roman;">{}</span></span></p>'
    lead = '<p style="text-align: justify;"><span style="font-size: 14px;"><span style="font-family: Times New Roman;"><strong>{}</strong></span></span></p>'
    head = '<p style="text-align: justify;"><span style="font-size: 14px;"><strong><em>{}</em></strong></span></p>'
    sig = '<p style="text-align: right;"><span style="font-size: 14px;"><strong>{}</strong></span></p>'
    quote = '<p style="text-align: justify; margin-left: 40px;"><span style="font-size: 14px;"><em>{}</em></span></p>'

    def img(self, pg, file, cap):
        src = f"/Upload/News/{file}"
        if cap is None:
            return f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 500px; height: 333px;" /></p>'
        txt = pg.no(cap[1:]) if cap.startswith("=") else pg.para(cap)
        return (f'<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 500px;"><tbody>'
                f'<tr><td><img alt="" src="{src}" style="width: 500px; height: 333px;" /></td></tr>'
                f'<tr><td style="text-align: center;"><em><span style="font-size: 12px;">{txt}</span></em></td></tr></tbody></table>')

    def table(self, pg, rows):
        out = ['<table border="1" cellpadding="0" cellspacing="0" style="width: 100%; border-collapse: collapse;"><tbody>']
        for r in rows:
            pg.paras.append(norm(" ".join(plain(c) for c in r)))
            out.append("<tr>" + "".join(f'<td style="padding: 3px;"><p style="text-align: center;"><span style="font-size: 13px;">{h(c)}</span></p></td>' for c in r) + "</tr>")
        return "".join(out) + "</tbody></table>"


def url(a):
    return f"{HOST}/NewsDetail.aspx?Id={a['id']}"


def ampm(d):
    hh = d.hour % 12 or 12
    return f"{hh:02d}:{d.minute:02d}:{(d.day * 7) % 60:02d} {'PM' if d.hour >= 12 else 'AM'}"


VIEWSTATE = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWCAIBDw8WAh4EVGV4dAUYVGjhu6kgSGFpLCBuZ8OgeSAxNy8xMS8yMDI1ZGQCAw88KwAJAgAPFggeDU5ldmVyRXhwYW5kZWRkHgxTZWxlY3RlZE5vZGVkHglMYXN0SW5kZXgCBx4LXyFEYXRhQm91bmRnZAgUKwAEBQ8wOjAsMDoxLDA6MiwwOjMUKwACFgIeCEV4cGFuZGVkZ2RkZA=="


def page(pg: Page, main: str, n: int) -> str:
    counter = 3994514 + 211 * n
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="Head1"><title>
	{NAME}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
<style type="text/css">
	.ctl00_TreeView1_0 {{ text-decoration:none; }}
	.ctl00_TreeView1_1 {{ font-weight:bold; }}
</style></head>
<body>
<form name="aspnetForm" method="post" action="./NewsDetail.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="ctl00_TreeView1_ExpandState" id="ctl00_TreeView1_ExpandState" value="ennn" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=638628063619783110" type="text/javascript"></script>
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" class="khung">
<tr><td colspan="3"><img src="images/banner_lhh_vinhlong.jpg" width="1000" height="150" alt="" /></td></tr>
<tr><td colspan="3" class="menungang">
<a href="Default.aspx" class="menu">TRANG CHỦ</a> | <a href="GioiThieu.aspx" class="menu">GIỚI THIỆU</a> | <a href="News.aspx?CatID=1" class="menu">TIN HOẠT ĐỘNG</a> | <a href="News.aspx?CatID=4" class="menu">TƯ VẤN - PHẢN BIỆN</a> | <a href="News.aspx?CatID=6" class="menu">PHỔ BIẾN KIẾN THỨC</a> | <a href="VanBan.aspx" class="menu">VĂN BẢN</a> | <a href="LienHe.aspx" class="menu">LIÊN HỆ</a>
</td></tr>
<tr><td colspan="3" class="thanhngay"><span id="ctl00_lblNgay" class="ngay">{pg.no(TODAY)}</span></td></tr>
<tr>
<td width="200" valign="top" class="cotrai">
<div class="tieudebox">DANH MỤC</div>
<a href="#ctl00_TreeView1_SkipLink"><img alt="Skip Navigation Links." src="/WebResource.axd?d=Dh0lN1zF0mQ1&amp;t=638628063619783110" width="0" height="0" style="border-width:0px;" /></a><div id="ctl00_TreeView1">
<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr><td><a id="ctl00_TreeView1n0" href="javascript:TreeView_ToggleNode(ctl00_TreeView1_Data,0,ctl00_TreeView1n0,' ',ctl00_TreeView1n0Nodes)"><img src="/WebResource.axd?d=YmFy0&amp;t=638628063619783110" alt="Thu gọn Tin hoạt động" style="border-width:0;" /></a></td><td style="white-space:nowrap;"><a class="ctl00_TreeView1_0" href="News.aspx?CatID=1" id="ctl00_TreeView1t0">Tin hoạt động</a></td></tr></table>
<div id="ctl00_TreeView1n0Nodes" style="display:block;">
<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr><td><div style="width:20px;height:1px"></div></td><td style="white-space:nowrap;"><a class="ctl00_TreeView1_0" href="News.aspx?CatID=2" id="ctl00_TreeView1t1">Liên hiệp Hội</a></td></tr></table>
<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr><td><div style="width:20px;height:1px"></div></td><td style="white-space:nowrap;"><a class="ctl00_TreeView1_0" href="News.aspx?CatID=3" id="ctl00_TreeView1t2">Hội thành viên</a></td></tr></table>
</div>
<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr><td><img src="/WebResource.axd?d=YmFy1&amp;t=638628063619783110" alt="" /></td><td style="white-space:nowrap;"><a class="ctl00_TreeView1_0" href="News.aspx?CatID=5" id="ctl00_TreeView1t3">Sáng tạo kỹ thuật</a></td></tr></table>
</div><a id="ctl00_TreeView1_SkipLink"></a>
<div class="tieudebox">HỘI THÀNH VIÊN</div>
<select name="ctl00$ddlHoi" id="ctl00_ddlHoi" onchange="javascript:setTimeout('__doPostBack(\\'ctl00$ddlHoi\\',\\'\\')', 0)"><option value="0">-- Chọn hội --</option><option value="1">Hội Nông học</option><option value="2">Hội Y học</option><option value="3">Hội Bảo vệ quyền lợi người tiêu dùng</option><option value="4">Hội Khuyến học</option></select>
</td>
<td width="600" valign="top" class="cotgiua">
{main}
</td>
<td width="200" valign="top" class="cotphai">
<div class="tieudebox">{pg.no("THÔNG BÁO")}</div>
<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="160">
<a href="NewsDetail.aspx?Id=2512" class="thongbao">{pg.no("Thông báo về việc triển khai Hội thi Sáng tạo kỹ thuật tỉnh Vĩnh Long lần thứ XII (2025 - 2026)")}</a> <span class="ngaythongbao">{pg.no("( 03/11/2025 )")}</span><br /><br />
<a href="NewsDetail.aspx?Id=2507" class="thongbao">Kế hoạch xét tôn vinh trí thức khoa học và công nghệ tiêu biểu năm 2025</a> <span class="ngaythongbao">( 20/10/2025 )</span>
</marquee>
<div class="tieudebox">VIDEO NHÚNG</div>
<iframe width="195" height="150" src="https://www.youtube.com/embed/vlLhh2023" frameborder="0" allowfullscreen></iframe>
<div class="tieudebox">LIÊN KẾT WEB</div>
<select onchange="window.open(this.value)"><option>--- Liên kết web ---</option><option value="https://vusta.vn">Liên hiệp các Hội KH&amp;KT Việt Nam</option><option value="https://vinhlong.gov.vn">Cổng TTĐT tỉnh Vĩnh Long</option></select>
<div class="tieudebox">DANH NGÔN KHOA HỌC</div>
<div class="danhngon">{pg.no("Khoa học là tri thức đã được tổ chức.")}<br /><em>Herbert Spencer</em></div>
<div class="tieudebox">Thống kê truy cập</div>
<div class="thongke">{pg.no(f"Lượt truy cập: {counter}")}<br />Đang trực tuyến: {30 + n}</div>
</td>
</tr>
<tr><td colspan="3" class="chantrang">
<span id="ctl00_lblFooter">{pg.no("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH VĨNH LONG")}<br />Địa chỉ: Số 12 đường Hoàng Thái Hiếu, Phường 1, thành phố Vĩnh Long<br />Điện thoại: 0270.3823.154 - Fax: 0270.3823.155<br />Ghi rõ nguồn "lienhiephoivinhlong.org.vn" khi phát hành lại thông tin từ website này.</span>
</td></tr>
</table>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A2C1E3B8" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBgLM5qf3BgKd+ZbaDgLbzZ/bAQK6h7bTDQL8yOWvDAKYvcuUAw==" />
</div>
<script type="text/javascript">
//<![CDATA[
var ctl00_TreeView1_ImageArray =  new Array('', '', '', '/WebResource.axd?d=YmFy0', '/WebResource.axd?d=YmFy1');
var ctl00_TreeView1_Data = new Object();
ctl00_TreeView1_Data.images = ctl00_TreeView1_ImageArray;
//]]>
</script>
</form>
</body>
</html>
"""


def render(a, pg: Page, arts):
    a["url"] = url(a)
    d = when(a["date"])
    content = AspBody().render(pg, a["body"])
    foot = ""
    if a.get("sign"):
        foot = f'<div class="tacgia"><span id="ctl00_ContentPlaceHolder1_lblTacGia">{pg.no(a["sign"], force=True)}</span></div>'
    rows = [(x["title"], x["date"], x["id"]) for x in arts if x is not a] + OLDER
    rows = sorted(rows, key=lambda r: r[1], reverse=True)[:6]
    others = "".join(f'<li><a href="NewsDetail.aspx?Id={i}" class="tinkhac">{pg.no(t)}</a> <span class="ngaydang">({dmy(when(dd))})</span></li>' for t, dd, i in rows)
    main = f"""<div class="duongdan"><span id="ctl00_ContentPlaceHolder1_lblPath">{pg.no(a["path"])}</span></div>
<div class="chitiettin">
<span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieudetin">{h(a["title"])}</span><br />
<span id="ctl00_ContentPlaceHolder1_lblNgayDang" class="ngaydang">{pg.no(f"(Đăng lúc: {dmy(d)} {ampm(d)})")}</span>
<div id="ctl00_ContentPlaceHolder1_divNoiDung" class="noidung">
{content}
</div>
{foot}
<div class="congcu"><a href="javascript:window.print()">{pg.no("In trang")}</a> | <a href="#" onclick="history.back(); return false;">Quay lại</a> | <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbtGuiEmail','')">Gửi email</a></div>
</div>
<div class="tinkhac"><span class="tieudetinkhac">{pg.no("Các tin khác:")}</span><ul>{others}</ul></div>
"""
    return page(pg, main, a["n"])


def listings(arts):
    pg = Page()
    rows = sorted(arts, key=lambda a: a["date"], reverse=True)
    items = "".join(f"""<table width="100%" class="tinlist"><tr><td width="130" valign="top"><a href="NewsDetail.aspx?Id={a['id']}"><img src="/Upload/News/thumb_{a['id']}.jpg" width="120" height="80" border="0" alt="" /></a></td>
<td valign="top"><a href="NewsDetail.aspx?Id={a['id']}" class="tieudelist">{h(a['title'])}</a> <span class="ngaydang">({dmy(when(a['date']))})</span><br /><span class="tomtat">{h(plain(a['body'][0][1] if isinstance(a['body'][0], tuple) else a['body'][0])[:220])}...</span></td></tr></table>""" for a in rows)
    pager = ('<div class="phantrang"><span>1</span> <a href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$rptPage$ctl01$lbtPage\',\'\')">2</a> '
             '<a href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$rptPage$ctl02$lbtPage\',\'\')">3</a> <a href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$lbtNext\',\'\')">Trang sau &gt;&gt;</a></div>')
    cat = page(pg, f'<div class="duongdan">Tin hoạt động &gt;&gt; Liên hiệp Hội</div>{items}{pager}', 0)
    feat = rows[0]
    home = page(pg, f"""<div class="tinnoibat"><a href="NewsDetail.aspx?Id={feat['id']}"><img src="/Upload/News/big_{feat['id']}.jpg" width="580" alt="" /></a><br /><a href="NewsDetail.aspx?Id={feat['id']}" class="tieudenoibat">{h(feat['title'])}</a></div>
<div class="tieudebox">TIN HOẠT ĐỘNG</div><ul>{"".join(f'<li><a href="NewsDetail.aspx?Id={a["id"]}">{h(a["title"])}</a> <span class="ngaydang">({dmy(when(a["date"]))})</span></li>' for a in rows[1:])}</ul>""", 1)
    return [cat, home]


LH = "Tin hoạt động >> Liên hiệp Hội"
HTV = "Tin hoạt động >> Hội thành viên"
ARTICLES = [
    dict(n=1, id=2391, path=LH, date="2024-01-26 15:41",
         title="Liên hiệp hội tỉnh tổng kết hoạt động năm 2023, triển khai nhiệm vụ năm 2024",
         author="Ngọc Trâm", sign="Ngọc Trâm", source=None,
         body=[
             ("lead", "Chiều ngày 25/01/2024, Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Long tổ chức hội nghị tổng kết hoạt động năm 2023 và triển khai phương hướng, nhiệm vụ năm 2024."),
             ("img", "2024/01/tongket2023_1.jpg", "Quang cảnh hội nghị tổng kết"),
             "Năm 2023, trong bối cảnh còn nhiều khó khăn về kinh phí và nhân sự, Liên hiệp hội và 21 hội thành viên đã nỗ lực hoàn thành phần lớn các chỉ tiêu đề ra. Tổng số hội viên hiện nay khoảng 16.500 người, tăng gần 700 người so với năm trước.",
             ("h", "1. Công tác tư vấn, phản biện và giám định xã hội"),
             "Liên hiệp hội đã thực hiện 3 nhiệm vụ theo đặt hàng của UBND tỉnh, gồm phản biện Đề án phát triển nông nghiệp hữu cơ tỉnh Vĩnh Long giai đoạn 2023 – 2030; góp ý Quy hoạch tỉnh thời kỳ 2021 – 2030; tư vấn Kế hoạch bảo vệ môi trường lưu vực sông Cổ Chiên. Các báo cáo được cơ quan soạn thảo đánh giá có chất lượng, nhiều kiến nghị được tiếp thu.",
             "Ngoài ra, các hội thành viên góp ý cho 27 dự thảo văn bản của tỉnh và của các sở, ngành, trong đó Hội Luật gia, Hội Kinh tế và Hội Nông học là những hội có nhiều ý kiến chất lượng.",
             ("h", "2. Hoạt động phổ biến kiến thức, chuyển giao tiến bộ kỹ thuật"),
             "Các hội đã tổ chức 146 buổi tập huấn, hội thảo đầu bờ, nói chuyện chuyên đề với trên 9.000 lượt người tham dự. Nổi bật là các lớp hướng dẫn sản xuất khoai lang theo hướng an toàn tại Bình Tân, quy trình canh tác bưởi Năm Roi chống chịu hạn mặn tại Bình Minh và các buổi tư vấn sức khỏe cho người cao tuổi của Hội Y học, Hội Đông y.",
             "Bản tin Khoa học và Đời sống phát hành đều đặn 4 số trong năm; trang thông tin điện tử đăng tải 412 tin, bài, thu hút hơn 180.000 lượt truy cập.",
             ("h", "3. Hội thi, cuộc thi sáng tạo"),
             "Hội thi Sáng tạo kỹ thuật tỉnh lần thứ XI đã nhận 54 giải pháp, trao 22 giải; Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng có 96 sản phẩm dự thi, trao 30 giải. Tỉnh có 2 giải pháp đạt giải tại Hội thi toàn quốc và 1 sản phẩm đạt giải Ba tại Cuộc thi toàn quốc.",
             ("h", "4. Những hạn chế"),
             "Hội nghị cũng chỉ ra một số tồn tại: hoạt động của một số hội còn mang tính hình thức, phụ thuộc vào nhiệt huyết của một vài cá nhân; nguồn kinh phí hạn hẹp nên chưa mời được nhiều chuyên gia giỏi tham gia phản biện; việc tập hợp trí thức trẻ và trí thức trong doanh nghiệp chưa có chuyển biến rõ.",
             ("img", "2024/01/tongket2023_2.jpg", "=DSC05871"),
             ("h", "5. Phương hướng năm 2024"),
             "Năm 2024, Liên hiệp hội phấn đấu thực hiện ít nhất 3 nhiệm vụ tư vấn, phản biện; tổ chức 6 hội thảo khoa học; hoàn thành cơ sở dữ liệu chuyên gia theo lĩnh vực; phối hợp với Sở Khoa học và Công nghệ xét tặng danh hiệu trí thức tiêu biểu lần đầu tiên của tỉnh.",
             "Phát biểu tại hội nghị, đại diện lãnh đạo Ban Tuyên giáo Tỉnh ủy ghi nhận những đóng góp của đội ngũ trí thức khoa học và công nghệ, đề nghị Liên hiệp hội chủ động đề xuất những vấn đề cần tư vấn, phản biện thay vì chờ đặt hàng.",
             "Dịp này, Liên hiệp hội khen thưởng 8 tập thể và 15 cá nhân có thành tích xuất sắc trong năm 2023.",
         ]),
    dict(n=2, id=2296, path=HTV, date="2023-09-14 10:12",
         title="Hội thảo bảo tồn và phát triển nghề gạch gốm Mang Thít",
         author="Phước Lộc", sign=None, source=None,
         body=[
             "Ngày 13/9, Hội Khoa học Lịch sử tỉnh phối hợp với UBND huyện Mang Thít tổ chức hội thảo khoa học “Bảo tồn và phát triển nghề gạch gốm Mang Thít gắn với du lịch”.",
             "Dọc sông Cổ Chiên và kênh Thầy Cai hiện còn khoảng 1.000 lò gạch, gốm, nhưng chỉ hơn 100 lò còn hoạt động. Nhiều lò hình vòm đặc trưng đang xuống cấp, có nguy cơ sụp đổ do chủ lò không còn khả năng duy tu.",
             ("img", "2023/09/lo-gach-mang-thit.jpg", "Những lò gạch cổ bên kênh Thầy Cai, xã Mỹ An"),
             "Các tham luận đề xuất chọn một số cụm lò tiêu biểu để bảo tồn nguyên trạng, hỗ trợ chủ lò chuyển sang làm gốm mỹ nghệ, gốm trang trí có giá trị cao hơn, đồng thời xây dựng tuyến du lịch đường sông kết nối với các làng nghề và vườn cây ăn trái lân cận.",
             ("quote", "“Mất đi những lò gạch này là mất đi một phần ký ức của vùng đất, không thể xây lại được”, nhà nghiên cứu Trần Văn Nhựt nói tại hội thảo."),
             "Ý kiến của các nhà khoa học sẽ được tổng hợp gửi UBND tỉnh, phục vụ việc hoàn thiện hồ sơ đề nghị công nhận nghề làm gốm đỏ Vĩnh Long là Di sản văn hóa phi vật thể quốc gia.",
             ("sig", "Phước Lộc"),
         ]),
    dict(n=3, id=2414, path=HTV, date="2024-02-29 16:03",
         title="Tập huấn canh tác khoai lang Bình Tân theo hướng hữu cơ",
         author="T.N", sign="T.N", source=None,
         body=[
             "Hội Nông học tỉnh vừa mở lớp tập huấn kỹ thuật canh tác khoai lang theo hướng hữu cơ cho 40 nông dân xã Tân Thành, huyện Bình Tân.",
             "Bình Tân có khoảng 10.000 ha khoai lang, phần lớn xuất sang Trung Quốc theo đường tiểu ngạch, giá cả bấp bênh. Để vào được thị trường khó tính hơn, nông dân cần giảm phân hóa học, kiểm soát tuyến trùng và sùng hại củ bằng biện pháp sinh học.",
             "Học viên được hướng dẫn luân canh khoai với lúa, bón phân hữu cơ vi sinh, dùng bẫy pheromone bắt con trưởng thành của bọ hà và ghi chép nhật ký đồng ruộng để phục vụ truy xuất nguồn gốc.",
             "Sau lớp học, Hội sẽ chọn 5 hộ làm mô hình trình diễn trên diện tích 3 ha trong vụ Đông Xuân.",
         ]),
    dict(n=4, id=2104, path=LH, date="2022-05-12 09:27",
         title="Trao giải Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Vĩnh Long lần thứ 15",
         author=None, sign=None, source="Báo Vĩnh Long",
         body=[
             ("lead", "Sáng 11/5, Ban Tổ chức Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Vĩnh Long lần thứ 15 (2021 – 2022) tổng kết và trao thưởng cho các tác giả đạt giải."),
             "Dù năm học bị gián đoạn vì dịch Covid-19, cuộc thi vẫn nhận được 87 sản phẩm của học sinh từ 41 trường. Ban Giám khảo đã chọn ra 28 sản phẩm đạt giải, cụ thể:",
             ("table", [["Giải", "Số sản phẩm", "Ghi chú"],
                        ["Nhất", "2", "Trường THPT Chuyên Nguyễn Bỉnh Khiêm, THCS Lê Quý Đôn"],
                        ["Nhì", "5", "3 sản phẩm thuộc lĩnh vực môi trường"],
                        ["Ba", "8", ""],
                        ["Khuyến khích", "13", ""]]),
             "Sản phẩm “Hệ thống tưới tự động cho vườn rau sân thượng dùng năng lượng mặt trời” của hai em học sinh lớp 9 Trường THCS Lê Quý Đôn được đánh giá cao nhờ chi phí thấp, dễ lắp đặt, phù hợp với các hộ gia đình ở thành phố.",
             "Ban Tổ chức đã chọn 4 sản phẩm dự Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng toàn quốc lần thứ 18.",
             ("x", '<p style="text-align: right;"><span style="font-size: 14px;"><em>(Nguồn: Báo Vĩnh Long)</em></span></p>', ["(Nguồn: Báo Vĩnh Long)"]),
         ]),
    dict(n=5, id=1768, path=HTV, date="2019-08-07 08:15",
         title="Phổ biến kiến thức phòng bệnh sốt xuất huyết cho người dân xã Thanh Đức",
         author="Minh Khoa", sign="Minh Khoa", source=None,
         body=[
             "Trước tình hình bệnh sốt xuất huyết gia tăng trong mùa mưa, Hội Y học tỉnh phối hợp với Trạm Y tế xã Thanh Đức (huyện Long Hồ) tổ chức buổi phổ biến kiến thức phòng bệnh cho hơn 120 người dân.",
             "Từ đầu năm đến nay, toàn tỉnh ghi nhận hơn 1.300 ca sốt xuất huyết, tăng gấp 3 lần so với cùng kỳ, trong đó trẻ em dưới 15 tuổi chiếm tỷ lệ cao. Bác sĩ Nguyễn Thị Kim Hoa lưu ý người dân không tự ý truyền dịch tại nhà và phải đưa người bệnh đi khám ngay khi sốt cao liên tục 2 – 7 ngày kèm chấm xuất huyết dưới da.",
             "Các biện pháp phòng bệnh được hướng dẫn cụ thể:",
             "- Đậy kín các dụng cụ chứa nước, thả cá bảy màu vào lu, khạp để diệt lăng quăng.",
             "- Thu gom vỏ dừa, lon, chai, lốp xe cũ quanh nhà để không còn nơi muỗi đẻ trứng.",
             "- Ngủ mùng kể cả ban ngày, nhất là với trẻ nhỏ và người già.",
             "- Hưởng ứng các đợt chiến dịch diệt lăng quăng do xã phát động mỗi tuần.",
             "Dịp này, Hội tặng 200 chiếc mùng và 300 tờ rơi cho các hộ có trẻ nhỏ trong xã.",
         ]),
    dict(n=6, id=1985, path=HTV, date="2021-03-15 14:30",
         title="Hội Bảo vệ quyền lợi người tiêu dùng tư vấn cho người dân về mua hàng trực tuyến",
         author="Hoàng Tú", sign=None, source=None,
         body=[
             "Hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam (15/3), Hội Bảo vệ quyền lợi người tiêu dùng tỉnh đã tổ chức điểm tư vấn lưu động tại chợ Vĩnh Long trong hai ngày 13 và 14/3.",
             "Năm nay, nội dung được người dân hỏi nhiều nhất là mua hàng qua mạng xã hội: nhận hàng không đúng mô tả, bị yêu cầu chuyển khoản trước rồi mất liên lạc với người bán, hàng mỹ phẩm, thực phẩm chức năng không rõ nguồn gốc.",
             "Cán bộ của Hội khuyên người dân ưu tiên các sàn thương mại điện tử có chính sách đổi trả rõ ràng, kiểm tra hàng trước khi thanh toán, giữ lại hóa đơn, tin nhắn trao đổi để làm bằng chứng khi cần khiếu nại.",
             "Trong năm 2020, Hội đã tiếp nhận và giải quyết 46 đơn khiếu nại, giúp người tiêu dùng được bồi hoàn hơn 80 triệu đồng.",
             ("x", '<p style="text-align: justify;"><span style="font-size: 14px;">Tin, ảnh: Hoàng Tú</span></p>', ["Tin, ảnh: Hoàng Tú"]),
         ]),
    dict(n=7, id=2268, path=LH, date="2023-06-02 11:50",
         title="Liên hiệp hội Vĩnh Long học tập kinh nghiệm tại Lâm Đồng",
         author="Phước Lộc", sign="Phước Lộc", source=None,
         body=[
             "Từ ngày 29/5 đến 1/6, đoàn công tác Liên hiệp hội tỉnh Vĩnh Long gồm 18 thành viên là lãnh đạo Liên hiệp hội và các hội thành viên đã đến trao đổi, học tập kinh nghiệm tại Liên hiệp hội tỉnh Lâm Đồng.",
             "Tại buổi làm việc, hai bên chia sẻ cách làm trong tổ chức Hội thi Sáng tạo kỹ thuật, xây dựng quỹ hỗ trợ sáng tạo từ nguồn xã hội hóa và huy động trí thức tham gia phản biện các dự án lớn. Lâm Đồng có kinh nghiệm gắn hoạt động của hội thành viên với các doanh nghiệp nông nghiệp công nghệ cao, điều mà Vĩnh Long đang rất quan tâm.",
             "Đoàn cũng tham quan mô hình trồng rau thủy canh trong nhà kính, vườn hoa ứng dụng tưới nhỏ giọt và một trang trại dâu tây đạt chứng nhận VietGAP tại thành phố Đà Lạt.",
             "Qua chuyến đi, Liên hiệp hội Vĩnh Long dự kiến ký kết chương trình hợp tác với Liên hiệp hội Lâm Đồng về trao đổi chuyên gia và thông tin khoa học giai đoạn 2023 – 2025.",
         ]),
]
