using System.Text.RegularExpressions;

namespace BulletinBot.Articles.Text;

/// <summary>Finds the headline and keeps only the article's own paragraphs.</summary>
internal static partial class ArticleCleaner
{
    public static ArticleBody Clean(string normalizedText)
    {
        var lines = normalizedText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var folded = Array.ConvertAll(lines, VietnameseText.Fold);
        var repeated = FindRepeatedLines(folded);
        var bodyStart = FindBodyStart(lines, folded, repeated);
        var titleIndex = FindTitle(lines, folded, repeated, bodyStart);

        var paragraphs = new List<string>();
        var from = titleIndex >= 0 ? Math.Max(titleIndex + 1, 0) : 0;
        for (var i = from; i < lines.Length; i++)
        {
            if (i >= bodyStart && NoiseLineRules.IsTrailerHeading(folded[i]))
            {
                break;
            }

            if (i >= bodyStart && NoiseLineRules.IsInlineLinkHeading(folded[i]))
            {
                if (i > bodyStart + ((lines.Length - bodyStart) * 6 / 10))
                {
                    break;
                }

                i = SkipLinkList(lines, i);
                continue;
            }

            if (!repeated[i] && !IsNoise(lines[i], folded[i]) && !(i < bodyStart && NoiseLineRules.IsMenuItem(lines[i])))
            {
                paragraphs.Add(lines[i]);
            }
        }

        var sentences = new List<ArticleSentence>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var sentence in SentenceSplitter.Split(paragraphs[p]))
            {
                sentences.Add(new ArticleSentence(sentence, VietnameseText.Fold(sentence), p, sentences.Count));
            }
        }

        return new ArticleBody(titleIndex >= 0 ? TidyTitle(lines[titleIndex]) : null, paragraphs, sentences);
    }

    private static bool IsNoise(string line, string folded) =>
        NoiseLineRules.IsPublicationStamp(folded) || NoiseLineRules.IsCaption(folded) || NoiseLineRules.IsInlineLink(folded)
        || NoiseLineRules.IsBylineOrFooter(line, folded) || NoiseLineRules.IsFragment(line, folded)
        || (NoiseLineRules.IsMenuItem(line) && NoiseLineRules.WordCount(line) < 4);

    /// <summary>Photo captions are printed twice, once under the photo and once as alt text.</summary>
    /// <remarks>
    /// A caption says in a line who is pictured doing what; a line of more than <see cref="LongestCaptionWords"/> words printed
    /// twice is a paragraph whose photo took it as caption, so its first copy is read.
    /// </remarks>
    private static bool[] FindRepeatedLines(string[] folded)
    {
        var repeated = new bool[folded.Length];
        for (var i = 1; i < folded.Length; i++)
        {
            if (folded[i] == folded[i - 1])
            {
                repeated[i] = true;
                repeated[i - 1] |= NoiseLineRules.WordCount(folded[i]) <= LongestCaptionWords;
            }
        }

        return repeated;
    }

    private const int LongestCaptionWords = 25;

    /// <summary>
    /// The first real paragraph: long, or a sentence, or one that opens with the event's date. A line with the publication
    /// stamp right under it is the headline, however long (`Hội thảo "Giáo dục STEM … - Thực trạng và giải pháp"`).
    /// </summary>
    private static int FindBodyStart(string[] lines, string[] folded, bool[] repeated)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (repeated[i] || NoiseLineRules.IsMenuItem(lines[i]) || NoiseLineRules.IsCaption(folded[i])
                || (i + 1 < lines.Length && NoiseLineRules.IsPublicationStamp(folded[i + 1])))
            {
                continue;
            }

            var words = NoiseLineRules.WordCount(lines[i]);
            if (words >= 30 || (words >= 12 && lines[i][^1] is '.' or '…' or ':' or '"' or '”') || DateLead().IsMatch(folded[i]))
            {
                return i;
            }
        }

        return lines.Length;
    }

    /// <summary>The headline is the heading-like line after the last piece of page chrome above the body.</summary>
    private static int FindTitle(string[] lines, string[] folded, bool[] repeated, int bodyStart)
    {
        // Mastheads and section names never name an event; the first heading that does is the headline.
        for (var i = 0; i < bodyStart; i++)
        {
            if (IsHeadingLike(lines[i], folded[i], repeated[i]) && HeadlineEventWord().IsMatch(folded[i]))
            {
                return i;
            }
        }

        var lastChrome = -1;
        var lastMenu = -1;
        for (var i = 0; i < bodyStart; i++)
        {
            if (NoiseLineRules.IsMenuItem(lines[i]))
            {
                lastMenu = lastChrome = i;
            }
            else if (!IsHeadingLike(lines[i], folded[i], repeated[i]))
            {
                lastChrome = i;
            }
        }

        for (var i = lastChrome + 1; i < bodyStart; i++)
        {
            if (IsHeadingLike(lines[i], folded[i], repeated[i]))
            {
                // A masthead (`Sở Tài nguyên và Môi trường tỉnh Đắk Nông`) stands above the real headline.
                var headlineFollows = Masthead().IsMatch(folded[i]) && NoiseLineRules.WordCount(lines[i]) <= 12
                    && Enumerable.Range(i + 1, bodyStart - i - 1).Any(j => IsHeadingLike(lines[j], folded[j], repeated[j]));
                if (!headlineFollows)
                {
                    return i;
                }
            }
        }

        for (var i = lastChrome - 1; i > lastMenu; i--)
        {
            if (IsHeadingLike(lines[i], folded[i], repeated[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsHeadingLike(string line, string folded, bool repeated)
    {
        var words = NoiseLineRules.WordCount(line);
        return !repeated && words is >= 3 and <= 40 && !line.EndsWith(':') && !char.IsLower(line[0])
            && !NoiseLineRules.IsMenuItem(line) && !IsSectionPath(line) && !NoiseLineRules.IsPublicationStamp(folded) && !NoiseLineRules.IsCaption(folded)
            && !NoiseLineRules.IsBylineOrFooter(line, folded) && !NoiseLineRules.IsTrailerHeading(folded);
    }

    private static int SkipLinkList(string[] lines, int heading)
    {
        var i = heading + 1;
        while (i < lines.Length && (NoiseLineRules.IsListItem(lines[i]) || lines[i][^1] is not ('.' or '…' or ':')))
        {
            i++;
        }

        return i - 1;
    }

    /// <summary>`Xây dựng Đảng > Tin hoạt động`, `Tin tức - Sự kiện`: short section names in a row, never a headline.</summary>
    private static bool IsSectionPath(string line) =>
        NoiseLineRules.WordCount(line) <= 8 && !line.Any(char.IsDigit)
        && line.Split([" > ", " › ", " » ", " | ", " / ", " - ", " – "], StringSplitOptions.None) is { Length: >= 2 } parts
        && parts.All(p => NoiseLineRules.WordCount(p.Trim()) <= 4);

    private static string TidyTitle(string line) => line.Trim().TrimEnd('.').Trim();

    /// <summary>An organisation's or a paper's name with no event word: `Sở …`, `Báo …`, `Cổng thông tin …`.</summary>
    [GeneratedRegex("""
        ^(?:
            so                    # Sở (a provincial department)
          | bao                   # Báo (a newspaper)
          | cong\ thong\ tin
          | trang\ thong\ tin
          | tap\ chi              # a journal
          | dai\ phat\ thanh
          | ubnd | uy\ ban\ nhan\ dan
          | tinh\ uy | thanh\ uy
          | hoi\ dong\ nhan\ dan
          | cong\ an
        )\b
        (?![^\n]*\b(?:tap\ huan|hoi\ nghi|to\ chuc|boi\ duong|trien\ khai)\b)   # no event word anywhere after
        [^:\d]*$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Masthead();

    /// <summary>A word naming the event itself; `Trung tâm Bồi dưỡng …` names a school, not an event.</summary>
    [GeneratedRegex($$"""
        (?<!\b(?:trung\ tam|truong|khoa|vien)\s)     # a school or institute named after training
        \b(?:
            {{Vocabulary.Gathering}}
          | {{Vocabulary.Opening}}
          | tong\ ket | so\ ket                        # year-end and mid-term reviews
          | trien\ khai                                 # a rollout conference
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex HeadlineEventWord();

    [GeneratedRegex(@"^(ngay|sang|chieu|toi|trua|hom nay|hom qua)\s+(\d{1,2}\s*[/\-]\s*\d{1,2}|\d{1,2}\s+thang)")]
    private static partial Regex DateLead();
}
