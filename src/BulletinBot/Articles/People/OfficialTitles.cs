using System.Text.RegularExpressions;

namespace BulletinBot.Articles.People;

/// <summary>The words that open an official's title, the ranks and honorifics before a name, and the verbs that end a title.</summary>
internal static partial class OfficialTitles
{
    /// <summary>A folded segment opens a title (`Phó Chủ tịch`, `Thứ trưởng`, `Chánh Văn phòng`, `Ủy viên`).</summary>
    public static bool StartsTitle(string folded) => TitleStart().IsMatch(folded);

    /// <summary>Rank, honorific and degrees written just before a name: `đồng chí PGS, TS`, `Trung tướng`, `ông`.</summary>
    /// <remarks>Group `rank` holds a military or police rank, group `degree` an academic degree (`TS.`, `PGS.TS`, `NCS`).</remarks>
    public static Match RankBefore(string foldedBefore) => Rank().Match(foldedBefore);

    /// <summary>The verbs or link words that may end a title written after a name (the caller checks they are lower case).</summary>
    /// <remarks>
    /// `và TS. Lê Thị Thu` and `, nhà báo Hồ Quang Lợi` start the next person; a bare `dự` (`… Tỉnh ủy dự và phát biểu`) is the verb; `tổ chức` is a verb except in `các tổ chức` (`Liên hiệp các tổ chức hữu nghị`),
    /// where it names a body.
    /// </remarks>
    public static MatchCollection TitleEnds(string folded, int start) => TitleStop().Matches(folded, start);

    /// <summary>The first title word anywhere in a folded segment (`… Chủ tịch UBND tỉnh`), for titles written before a name.</summary>
    public static Match TitleWithin(string folded) => TitleInside().Match(folded);

    [GeneratedRegex(@"(?<![a-z])(tinh uy vien|thanh uy vien|huyen uy vien|quan uy vien|dang uy vien|pho|chu tich|bo truong|thu truong|giam doc|cuc truong|vu truong|vien truong|chanh|uy vien|bi thu|tu lenh|chinh uy|chu nhiem|hieu truong|tong bien tap|thu tuong|tong bi thu|truong ban|truong phong|truong doan|chanh an|dai su|tong giam doc|tong cuc truong)\b")]
    private static partial Regex TitleInside();

    [GeneratedRegex(@"^\(?(tinh uy vien|thanh uy vien|huyen uy vien|quan uy vien|dang uy vien|pho|chu tich|truong|bo truong|thu truong|giam doc|tong giam doc|cuc truong|tong cuc truong|vu truong|vien truong|chanh|uy vien|bi thu|tu lenh|chinh uy|chu nhiem|hieu truong|tong bien tap|tong thu ky|thu ky|dai su|dai bieu quoc hoi|chi huy truong|nguoi phat ngon|thu tuong|tong bi thu|tro ly|chuyen vien|giang vien|bao cao vien|dieu phoi vien|tham tan|dai dien|can bo|chanh an|vien truong|kiem sat vien|thanh tra vien|tong thanh tra|truong ban|truong phong|truong khoa|truong doan|chu tich nuoc|thu truong|tong lanh su|lanh su|giam doc|phu trach|chuyen gia|nghien cuu vien|quyen)\b")]
    private static partial Regex TitleStart();

    [GeneratedRegex(@"(?:\b(?:dong chi|ong|ba|anh|chi)\s+)?(?:(?<rank>dai tuong|thuong tuong|trung tuong|thieu tuong|dai ta|thuong ta|trung ta|thieu ta|dai uy|thuong uy|trung uy|thieu uy|chuan do doc|pho do doc|do doc)\s+)?(?:(?:(?<degree>gs|pgs|ts|ths|tskh|ncs)|bs|ks|ls|ngnd|ngut|nsnd|nsut|cn|bsck\w*)\b[.,]?\s*)*$")]
    private static partial Regex Rank();

    [GeneratedRegex(@"\s(cung|phat bieu|chu tri|cho biet|cho hay|nhan manh|khang dinh|de nghi|bao cao|trinh bay|nhan dinh|tham du|da|den du|toi du|yeu cau|bieu duong|ghi nhan|neu|thong tin|danh gia|gioi thieu|trao|duoc|lam truong doan|khai mac|be mac|ket luan|quan triet|chia se|gap|tham hoi|kiem tra|hy vong|mong muon|keu goi|truyen dat|cung nhu|thong bao|dan dau|dong chu tri|va cac|va dai dien|va (?:nha bao|ong|ba|dong chi|dai tuong|thuong tuong|trung tuong|thieu tuong|dai ta|thuong ta|trung ta|thieu ta|dai uy|gs|pgs|ts|ths|tskh|ncs|bs|thac si|tien si|luat su)|gui|cam on|chuc mung|tra loi|phan tich|luu y|dong thoi|ve viec|se|vua|dang|va (?:hon|tren|gan|khoang|\d+)|truc tiep|giang day|huong dan|thuyet trinh|giai dap|dieu hanh|len lop)\b|\sdu(?=\s+(?:va|hoi nghi|lop|buoi|le|phat bieu|chi dao)\b|\s*[,.;]|$)|(?<=,)\s(?:nha bao|ong|ba|dong chi)\s|(?<!\bban)\schi dao\b|(?<!\bcac)\sto chuc\b")]
    private static partial Regex TitleStop();
}
