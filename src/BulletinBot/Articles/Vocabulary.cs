namespace BulletinBot.Articles;

/// <summary>The Vietnamese word lists the extractor's patterns are composed from, one word a line.</summary>
/// <remarks>
/// Every list but <see cref="Surname"/> is folded (lower case, no tone marks, `đ` → `d`), as the patterns run on folded text, and is a
/// self-contained group in free-spacing mode, so it drops into any pattern: `$@"\b{Vocabulary.Gathering}\b"`. A space
/// inside a word is written `\ `. To teach the extractor a new word, add one line here and one test row.
/// </remarks>
internal static class Vocabulary
{
    /// <summary>Nouns naming the gathering an article reports.</summary>
    public const string Gathering = """
        (?x:(?:
            hoi\ nghi             # conference
          | hoi\ thao             # workshop, seminar
          | tap\ huan             # training
          | boi\ duong            # refresher course
          | toa\ dam              # round-table talk
          | dien\ dan             # forum
          | lop                   # class (lớp tập huấn, lớp bồi dưỡng)
          | khoa\ hoc             # course
          | hoi\ thi              # contest
          | hoi\ giang            # teaching contest
          | giao\ ban             # routine briefing
          | doi\ thoai            # dialogue with the public
          | chuong\ trinh         # programme
          | buoi                  # session (buổi tập huấn)
        ))
        """;

    /// <summary>Verbs that open or close a gathering.</summary>
    public const string Opening = """
        (?x:(?:
            khai\ mac             # opens
          | be\ mac               # closes
          | khai\ giang           # a class opens
        ))
        """;

    /// <summary>Verbs that say a gathering was held.</summary>
    public const string Holding = """
        (?x:(?:
            to\ chuc              # organised, held
          | dien\ ra              # took place
        ))
        """;

    /// <summary>Military, police and clergy ranks written before a name.</summary>
    public const string Rank = """
        (?x:(?:
            dai\ tuong | thuong\ tuong | trung\ tuong | thieu\ tuong     # generals
          | dai\ ta | thuong\ ta | trung\ ta | thieu\ ta                 # colonels, majors
          | dai\ uy | thuong\ uy | trung\ uy | thieu\ uy                 # captains, lieutenants
          | chuan\ do\ doc | pho\ do\ doc | do\ doc                      # admirals
          | hoa\ thuong | thuong\ toa | dai\ duc | ni\ truong | ni\ su   # Buddhist clergy: Hòa thượng, Thượng tọa, Đại đức
          | linh\ muc | muc\ su                                          # Catholic priest, Protestant pastor
        ))
        """;

    /// <summary>Academic degrees written before a name, abbreviated (`PGS.TS`, `ThS.`) or in full.</summary>
    public const string Degree = """
        (?x:(?:
            gs | pgs | ts | ths | tskh | ncs      # professor, associate professor, doctor, master, doctor of science, PhD candidate
          | thac\ si                              # master
          | tien\ si                              # doctor
        ))
        """;

    /// <summary>Words for "comrade", "Mr", "Ms" before a name.</summary>
    public const string Honorific = """
        (?x:(?:
            dong\ chi             # comrade
          | ong                   # Mr
          | ba                    # Ms (folded: also the number three, so callers check the tone mark)
        ))
        """;

    /// <summary>Administrative words after which a place name follows.</summary>
    public const string AdminUnit = """
        (?x:(?:
            tinh                  # province
          | thanh\ pho | tp\.?    # city
          | huyen                 # district
          | quan                  # urban district
          | thi\ xa               # town
          | thi\ tran             # township
          | xa                    # commune
          | phuong                # ward
          | dac\ khu              # special zone (since 2025)
        ))
        """;

    /// <summary>Number words one to ten, in order (`hai chuyên đề` = 2 topics).</summary>
    public const string NumberWord = """
        (?x:(?:
            mot | hai | ba | bon | nam | sau | bay | tam | chin | muoi
        ))
        """;

    private static readonly string[] NumberWords = ["mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"];

    /// <summary>The value of a folded number word of <see cref="NumberWord"/> (`hai` → 2), or null.</summary>
    public static int? NumberValue(string folded) => Array.IndexOf(NumberWords, folded) is var index and >= 0 ? index + 1 : null;

    /// <summary>Second halves of pairs written with a spaced dash (`kinh tế - xã hội`, `quốc phòng - an ninh`): no list separator.</summary>
    public const string DashPairTail = """
        (?x:(?:
            xa\ hoi               # kinh tế - xã hội, văn hóa - xã hội, chính trị - xã hội
          | an\ ninh              # quốc phòng - an ninh
          | quoc\ phong           # an ninh - quốc phòng
          | ky\ thuat             # kinh tế - kỹ thuật
          | nghe\ nghiep          # giáo dục - nghề nghiệp
          | thuong\ binh          # lao động - thương binh
        ))
        """;

    /// <summary>Parts of the day written before a date or after a clock time.</summary>
    public const string PartOfDay = """
        (?x:(?:
            sang | trua | chieu | toi | dem
        ))
        """;

    /// <summary>Vietnamese family names, as written (capitalised, with tone marks): the pattern runs on the original text.</summary>
    public const string Surname = """
        (?x:(?:
            Nguyễn | Trần | Lê | Phạm | Hoàng | Huỳnh | Phan | Vũ | Võ | Đặng | Bùi | Đỗ | Hồ | Ngô | Dương
          | Lý | Đinh | Trương | Lâm | Mai | Tô | Hà | Đào | Cao | Lương | Trịnh | Đoàn | Tạ | Châu | Quách
          | Kiều | Thái | Triệu | Lưu | Thân | Tăng | Lại | Chu | Đàm | Khổng | Từ | Âu | Nông | Phùng | Tôn
          | Doãn | Hứa | Vương | Hầu | Lò | Lục | Mạc | Diệp | Văn | Giáp | Khúc | Ninh | Bế | Thạch | Danh
          | Kim | Sơn | Y | Mã | Quan | Tống | Viên | Cù | Nghiêm | Ngọ | Lã | La | Trình | Thiều | Khuất
          | Trà | Lữ | Tiêu | Bạch | Đồng | Giang
        ))
        """;
}
