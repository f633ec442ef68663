using BenchmarkDotNet.Attributes;
using BulletinBot.Articles;

namespace BulletinBot.Bench;

/// <summary>Extraction of one pasted article of about 5 KB (UTF-8): page chrome, captions, link lists and footer included.</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[MemoryDiagnoser]
public class ExtractorBenchmark
{
    internal const string Article = """
        Chuyên mục
          • Trang chủ
          • Tin tức
          • Sự kiện
          • Pháp luật
          • Đời sống
          • Liên hệ
        Baophapluat-demo.vn

        Cổng thông tin pháp luật cộng đồng

          • Trang chủ
          • Tin tức
          • Copy link
        20/05/2024, 9:15 AM

        Chuyển đổi số trong phổ biến pháp luật: Chủ động, sáng tạo và gần dân

        Chuyển đổi số không chỉ là đưa tài liệu lên mạng mà phải thay đổi cách người dân tiếp cận thông tin pháp luật, từ thụ động sang chủ động.

        Đó là nhận định của Đại tá Hồ Sỹ Hùng, Phó Giám đốc Công an tỉnh Đắk Nông, tại Hội nghị tập huấn chuyển đổi số trong phổ biến, giáo dục pháp luật năm 2024 diễn ra ngày 17/5 tại tỉnh Đắk Nông.

        Đại tá Hồ Sỹ Hùng cho biết, thời gian qua lực lượng công an đã phối hợp chặt chẽ với chính quyền cơ sở trong việc tuyên truyền qua ứng dụng định danh điện tử và các trang thông tin điện tử.

        Chuyen doi so trong pho bien phap luat hinh anh 2
        Đại tá Hồ Sỹ Hùng phát biểu tại hội nghị. (Ảnh: CTV)

        Tham gia tập huấn có đại diện các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc tỉnh, các huyện, thành phố và cán bộ tư pháp xã, phường, thị trấn.

        Bà Nguyễn Thị Hồng Hà, Phó Giám đốc Sở Tư pháp tỉnh Đắk Nông; ông Lương Văn Tuấn, Trưởng phòng Chuyển đổi số (Sở Thông tin và Truyền thông) đã trình bày các chuyên đề về: Xây dựng trang thông tin pháp luật cấp xã; Ứng dụng trí tuệ nhân tạo trong giải đáp pháp luật; Bảo đảm an toàn thông tin khi tuyên truyền trên mạng xã hội.

        Chuyen doi so trong pho bien phap luat hinh anh 3
        Bà Nguyễn Thị Hồng Hà trình bày chuyên đề tại hội nghị. (Ảnh: CTV)

        “Người dân ở vùng sâu, vùng xa giờ đã dùng điện thoại thông minh, vì vậy thông tin pháp luật cần đến với họ bằng hình ảnh, video ngắn, dễ hiểu”, bà Nguyễn Thị Hồng Hà nhấn mạnh./.

        T.Lan t.h / TTXVN

        Ngày 21/9, Vụ Phổ biến, giáo dục pháp luật (Bộ Tư pháp) phối hợp với Sở Tư pháp tỉnh Thừa Thiên Huế tổ chức Hội nghị tập huấn nghiệp vụ phổ biến, giáo dục pháp luật toàn quốc năm 2022 tại thành phố Huế.
        Toàn cảnh hội nghị tập huấn.
        Toàn cảnh hội nghị tập huấn.

        Hội nghị nhằm trang bị kiến thức, kỹ năng mới cho đội ngũ báo cáo viên pháp luật, đồng thời chia sẻ cách làm hay trong công tác truyền thông chính sách ở các địa phương.

        Tham dự hội nghị có đồng chí TS Phan Chí Hiếu, Ủy viên Ban Cán sự Đảng, Thứ trưởng Bộ Tư pháp; Thiếu tướng Trần Minh Tuấn, Phó Cục trưởng Cục Pháp chế (Bộ Quốc phòng); ông Hoàng Hải Minh, Phó Chủ tịch UBND tỉnh Thừa Thiên Huế cùng hơn 320 đại biểu là lãnh đạo sở tư pháp, báo cáo viên pháp luật của 41 tỉnh, thành phố.

        Thứ trưởng Phan Chí Hiếu phát biểu khai mạc hội nghị.
        Thứ trưởng Phan Chí Hiếu phát biểu khai mạc hội nghị.

        Phát biểu khai mạc, Thứ trưởng Phan Chí Hiếu cho rằng năm 2022 là năm đầu triển khai nhiều đạo luật mới, đòi hỏi cách phổ biến pháp luật phải đi trước một bước, gần dân và dễ hiểu hơn. Thứ trưởng đề nghị các địa phương ứng dụng mạng xã hội, phát thanh cơ sở và các nhóm Zalo khu dân cư trong tuyên truyền.

        Tại hội nghị, các đại biểu được nghe các chuyên đề: Kỹ năng truyền thông chính sách pháp luật trên không gian mạng; phổ biến pháp luật cho đồng bào dân tộc thiểu số và vùng biên giới; xây dựng, đánh giá cấp xã đạt chuẩn tiếp cận pháp luật; hòa giải ở cơ sở trong tình hình mới.

        Ông Hoàng Hải Minh, Phó Chủ tịch UBND tỉnh Thừa Thiên Huế phát biểu tại hội nghị.
        Ông Hoàng Hải Minh, Phó Chủ tịch UBND tỉnh Thừa Thiên Huế phát biểu tại hội nghị.

        Hội nghị được tổ chức hằng năm, luân phiên giữa các khu vực, là dịp để đội ngũ làm công tác phổ biến pháp luật cập nhật kiến thức và trao đổi kinh nghiệm.

        Tiêu điểm
        Tin đọc nhiều
        1

        Khai mạc Hội nghị tập huấn pháp luật cho báo cáo viên khu vực Tây Nguyên

        2

        Sáng 6/6, tỉnh Gia Lai tổ chức tuyên truyền pháp luật cho đồng bào dân tộc thiểu số

        Tin liên quan

        Hội thảo về hòa giải cơ sở ngày 12/3/2024 tại Đắk Lắk

        CỔNG THÔNG TIN PHÁP LUẬT CỘNG ĐỒNG

        Trụ sở: 12 Lê Duẩn, Gia Nghĩa, Đắk Nông.
        Điện thoại: 0261 000 000; Email: lienhe@example.vn
        Bản quyền thuộc Cổng thông tin pháp luật cộng đồng

        Top
        """;

    private readonly ArticleExtractor extractor = new();

    public static int ArticleBytes => System.Text.Encoding.UTF8.GetByteCount(Article);

    [Benchmark]
    public ArticleEvent Extract() => extractor.Extract(Article);
}
