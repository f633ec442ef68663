using System.Text.RegularExpressions;

namespace BulletinBot.Articles.People;

/// <summary>The words that open an official's title, the ranks and honorifics before a name, and the verbs that end a title.</summary>
internal static partial class OfficialTitles
{
    /// <summary>A folded segment opens a title (`Phó Chủ tịch`, `Thứ trưởng`, `Chánh Văn phòng`, `Ủy viên`).</summary>
    public static bool StartsTitle(string folded) => TitleStart().IsMatch(folded);

    /// <summary>
    /// Where the clause holding <paramref name="before"/> starts: after the last of <paramref name="stops"/> or a full stop
    /// that ends a sentence; the dot of `TP.HCM` or `TP. Đà Nẵng` ends nothing.
    /// </summary>
    public static int ClauseStart(string text, int before, ReadOnlySpan<char> stops)
    {
        for (var i = Math.Min(before, text.Length) - 1; i >= 0; i--)
        {
            if (stops.Contains(text[i]) || (text[i] == '.' && !IsAbbreviationDot(text, i)))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>`TP.HCM`, `TP. Hà Nội`, `TS.`, `Q.3`: a dot right after one to four letters opens no new clause.</summary>
    private static bool IsAbbreviationDot(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return dot - start is >= 1 and <= 4 && (start == 0 || !char.IsLetter(text[start - 1]))
            && dot + 1 < text.Length && (text[dot + 1] != ' ' || (dot + 2 < text.Length && char.IsUpper(text[dot + 2])));
    }

    /// <summary>A folded segment opens with a body an office belongs to: `Bệnh viện …`, `Sở …`, `Trường …`, `Công ty …`.</summary>
    public static bool OpensBody(string folded) => BodyStart().IsMatch(folded);

    /// <summary>Rank, honorific and degrees written just before a name: `đồng chí PGS, TS`, `Trung tướng`, `ông`.</summary>
    /// <remarks>Group `rank` holds a military or police rank, group `degree` an academic degree (`TS.`, `PGS.TS`, `NCS`).</remarks>
    /// <remarks>
    /// Only the last words before <paramref name="end"/> are searched: the longest chain (`đồng chí Thiếu tướng, PGS.TS.`)
    /// is far shorter, and a pattern anchored at the end would otherwise be tried from every position of a long sentence.
    /// </remarks>
    public static Match RankBefore(string folded, int end)
    {
        var start = end <= RankWindow ? 0 : folded.IndexOf(' ', end - RankWindow, RankWindow) + 1;
        return Rank().Match(folded, start, end - start);
    }

    private const int RankWindow = 80;

    /// <summary>The verbs or link words that may end a title written after a name (the caller checks they are lower case).</summary>
    /// <remarks>
    /// `và TS. Lê Thị Thu` and `, nhà báo Hồ Quang Lợi` start the next person; a bare `dự` (`… Tỉnh ủy dự và phát biểu`) is the verb; `tổ chức` is a verb except in `các tổ chức` (`Liên hiệp các tổ chức hữu nghị`),
    /// where it names a body.
    /// </remarks>
    public static Regex.ValueMatchEnumerator TitleEnds(string folded, int start) => TitleStop().EnumerateMatches(folded, start);

    /// <summary>
    /// Where the first capitalised title word of a segment stands (`… Chủ tịch UBND tỉnh`, `Trưởng Thuế thành phố`), for titles
    /// written before a name; -1 when there is none. A bare `Trưởng` (head of) is told from `Trường` (school) by its tone mark.
    /// </summary>
    public static int TitleWithin(string text, string folded)
    {
        foreach (Match m in TitleInside().Matches(folded))
        {
            if (char.IsUpper(text[m.Index]) && (m.Value != "truong" || text.AsSpan(m.Index).StartsWith("Trưởng", StringComparison.Ordinal)))
            {
                return m.Index;
            }
        }

        return -1;
    }

    /// <summary>Seats on a party committee, written before or as the first link of a title (`Tỉnh ủy viên, Phó Chủ tịch …`).</summary>
    private const string PartySeat = """
        (?x:(?:
            tinh\ uy\ vien | thanh\ uy\ vien | huyen\ uy\ vien | quan\ uy\ vien | dang\ uy\ vien
        ))
        """;

    /// <summary>Staff and expert roles, written lower case after a name's comma (`bà X, chuyên gia giáo dục của …`).</summary>
    private const string StaffRole = """
        (?x:(?:
            chuyen\ vien | giang\ vien | bao\ cao\ vien | dieu\ phoi\ vien       # specialist, lecturer, presenter, facilitator
          | kiem\ sat\ vien | thanh\ tra\ vien | nghien\ cuu\ vien               # prosecutor, inspector, researcher
          | chuyen\ gia                                                         # expert
          | giao\ vien | tru\ tri                                               # teacher, abbot of a pagoda
          | cong\ chuc | vien\ chuc                                            # civil servant, public employee
          | phu\ trach                                                         # in charge of (a task, a desk)
        ))
        """;

    /// <summary>A folded segment opens with a staff or expert role, which needs no capital to be a title.</summary>
    public static bool StartsStaffRole(string folded) => StaffRoleStart().IsMatch(folded);

    [GeneratedRegex($$"""^{{StaffRole}}\b""")]
    private static partial Regex StaffRoleStart();

    /// <summary>Title words that open an office wherever they stand, also inside a chain written before a name.</summary>
    private const string Office = """
        (?x:(?:
            pho                                                      # deputy: Phó Chủ tịch, Phó Giám đốc
          | chu\ tich | bi\ thu | uy\ vien                           # chair, party secretary, member
          | thu\ tuong | tong\ bi\ thu | bo\ truong | thu\ truong     # government
          | giam\ doc | tong\ giam\ doc                               # director
          | cuc\ truong | tong\ cuc\ truong | vu\ truong | vien\ truong
          | truong\ ban | truong\ phong | truong\ doan               # heads of board, office, delegation
          | chanh | chanh\ an                                        # chief (of office), chief judge
          | tu\ lenh | chinh\ uy | chu\ nhiem                        # military commands
          | hieu\ truong | tong\ bien\ tap | dai\ su                  # principal, editor-in-chief, ambassador
        ))
        """;

    [GeneratedRegex($$"""(?<![a-z])(?:{{PartySeat}}|{{Office}}|truong(?=\s))\b""")]
    private static partial Regex TitleInside();

    /// <summary>A title right after a name's comma may also open with a weaker role word (`chuyên viên`, `đại diện`, `Trưởng …`).</summary>
    [GeneratedRegex($$"""
        ^\(?(?:
            {{PartySeat}} | {{Office}}
          | truong | truong\ khoa | chi\ huy\ truong | quyen                   # head of, acting
          | tong\ thu\ ky | thu\ ky | tro\ ly | tham\ tan                     # secretary, assistant, counsellor
          | tong\ lanh\ su | lanh\ su | chu\ tich\ nuoc
          | dai\ bieu\ quoc\ hoi | nguoi\ phat\ ngon
          | dieu\ duong\ truong | ky\ thuat\ vien\ truong | ho\ sinh\ truong   # head nurse, technician, midwife of a ward
          | {{StaffRole}} | tong\ thanh\ tra | dai\ dien | can\ bo
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TitleStart();

    [GeneratedRegex($$"""
        (?:\b(?:{{Vocabulary.Honorific}}|anh|chi)\s+)?                # comrade, Mr, Ms
        (?:(?<rank>{{Vocabulary.Rank}})\s+)?
        (?:
            (?:
                (?<degree>{{Vocabulary.Degree}})                       # academic degrees make a speaker
              | (?<degree>luat\ su | ls | bac\ si | bs | ky\ su | ks)  # so do professions: lawyer, doctor, engineer
              | cn | bsck\w* | ck\w* | ddck\w*                       # specialist doctor or nurse (BS.CKI, BSCKII, ĐDCKI), bachelor
              | ngnd | ngut | nsnd | nsut                              # people's and merited teachers, artists
            )\b[.,]?\s*
        )*$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Rank();

    /// <summary>Where a title written after a name ends: the verb of the sentence, or the next person.</summary>
    [GeneratedRegex($$"""
        \s(?:
            cung | cung\ nhu | va\ cac | va\ dai\ dien | dong\ thoi
          | phat\ bieu | chu\ tri | dong\ chu\ tri | dieu\ hanh | dan\ dau | lam\ truong\ doan
          | cho\ biet | cho\ hay | cho\ rang | nhan\ manh | khang\ dinh | de\ nghi | yeu\ cau | luu\ y
          | bao\ cao | trinh\ bay | thuyet\ trinh | truyen\ dat | quan\ triet | thong\ tin | thong\ bao
          | gioi\ thieu | phan\ tich | huong\ dan | giai\ dap | tra\ loi | giang\ day | len\ lop
          | nhan\ dinh | danh\ gia | neu | chia\ se | ket\ luan | khai\ mac | be\ mac
          | bieu\ duong | ghi\ nhan | trao | gui | cam\ on | chuc\ mung | hy\ vong | mong\ muon | keu\ goi
          | tham\ du | den\ du | toi\ du | gap | tham\ hoi | kiem\ tra | truc\ tiep
          | da | duoc | se | vua | dang | ve\ viec | la                      # … , là báo cáo viên chính
          | hua                                                               # promised (on behalf of the trainees)
          | va\ (?:nha\ bao|bs|{{Vocabulary.Honorific}}|{{Vocabulary.Rank}}|{{Vocabulary.Degree}}|luat\ su)   # the next person
          | va\ (?:hon|tren|gan|khoang|\d+)                                                            # … và 90 đại biểu
        )\b
      | \sdu(?=\s+(?:va|hoi\ nghi|lop|buoi|le|phat\ bieu|chi\ dao)\b|\s*[,.;]|$)   # a bare `dự` is the verb
      | (?<=,)\s(?:nha\ bao|ong|ba|dong\ chi)\s                                     # `, nhà báo Hồ Quang Lợi`
      | (?<!\bban)\schi\ dao\b                                                      # chỉ đạo, but not Ban Chỉ đạo
      | (?<!\bcac)\sto\ chuc\b                                                      # tổ chức, but not các tổ chức
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TitleStop();

    [GeneratedRegex("""
        ^(?:
            benh\ vien | trung\ tam | truong | hoc\ vien | vien | dai\ hoc        # hospitals, centres, schools, institutes
          | so | bo | cuc | chi\ cuc | vu | ban | uy\ ban | ubnd | cong\ an          # state bodies
          | cong\ ty | tap\ doan | ngan\ hang | hop\ tac\ xa                      # businesses
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex BodyStart();
}
