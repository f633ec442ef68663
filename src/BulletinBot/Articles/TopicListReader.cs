using System.Globalization;
using System.Text.RegularExpressions;

namespace BulletinBot.Articles;

/// <summary>Reads the list of `chuyên đề` presented at the event.</summary>
/// <remarks>
/// The list follows `chuyên đề …:` (or `chuyên đề … gồm`/`như`) and is written inline (`A; B và C`), as numbered or
/// bulleted lines, or with `thứ nhất/thứ hai`. Items split at `;`; without `;` they split at commas and a final `và`
/// only when the article states how many there are (`hai chuyên đề gồm: A và B`) or there are at least three.
/// The first list found wins: later mentions usually repeat or comment on it.
/// </remarks>
internal static partial class TopicListReader
{
    public static IReadOnlyList<string> Read(ArticleBody body)
    {
        var paragraphs = body.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var folded = VietnameseText.Fold(paragraphs[p]);
            foreach (Match m in ListOpener().Matches(folded))
            {
                var count = CountBefore(folded, m.Index);
                var rest = paragraphs[p][(m.Index + m.Length)..].Trim();
                var items = rest.Length > 0
                    ? SplitInline(SentenceSplitter.Split(rest).FirstOrDefault() ?? rest, count)
                    : FollowingListLines(paragraphs, p + 1);
                if (items.Count > 0)
                {
                    return items;
                }
            }
        }

        var numbered = NumberedTopicLines(paragraphs);
        return numbered.Count > 0 ? numbered : SingleMentions(body);
    }

    /// <summary>Without a list, each `trình bày chuyên đề về X` names one topic.</summary>
    private static List<string> SingleMentions(ArticleBody body)
    {
        var topics = new List<string>();
        foreach (var sentence in body.Sentences)
        {
            foreach (Match m in SingleTopic().Matches(sentence.Folded))
            {
                var topic = Clean(sentence.Text.Substring(m.Groups["topic"].Index, m.Groups["topic"].Length));
                if (NoiseLineRules.WordCount(topic) >= 2 && !topics.Contains(topic, StringComparer.Ordinal))
                {
                    topics.Add(topic);
                }
            }
        }

        return topics;
    }

    /// <summary>Splits `A; B; C`, `thứ nhất, A; thứ hai, B` or (with a known count) `A, B và C` into clean items.</summary>
    public static IReadOnlyList<string> SplitInline(string list, int? count)
    {
        var folded = VietnameseText.Fold(list);
        List<string> parts;
        if (list.Contains(';', StringComparison.Ordinal))
        {
            parts = [.. list.Split(';')];
            if (count is { } n && parts.Count == n - 1 && parts[^1].LastIndexOf(" và ", StringComparison.Ordinal) is var andAt and > 0)
            {
                var last = parts[^1];
                parts[^1] = last[..andAt];
                parts.Add(last[(andAt + 4)..]);
            }

            return [.. parts.Select(Clean).Where(t => t.Length > 0)];
        }
        else if (Ordinal().Matches(folded) is { Count: > 1 } ordinals)
        {
            parts = [.. ordinals.Select((o, i) => list[(o.Index + o.Length)..(i + 1 < ordinals.Count ? ordinals[i + 1].Index : list.Length)])];
        }
        else
        {
            var byComma = SplitCommasAndLastAnd(list);
            var byAnd = list.Split(" và ");
            parts = count switch
            {
                { } n when byComma.Count == n => byComma,
                { } n when byAnd.Length == n => [.. byAnd],
                null when byComma.Count >= 3 && byComma.TrueForAll(i => NoiseLineRules.WordCount(i) >= 2) => byComma,
                _ => [list],
            };
        }

        return [.. parts.Select(Clean).Where(t => NoiseLineRules.WordCount(t) >= 2)];
    }

    private static List<string> SplitCommasAndLastAnd(string list)
    {
        var parts = list.Split(", ").ToList();
        var last = parts[^1];
        var and = last.LastIndexOf(" và ", StringComparison.Ordinal);
        if (and > 0)
        {
            parts[^1] = last[..and];
            parts.Add(last[(and + 4)..]);
        }

        return parts;
    }

    private static List<string> FollowingListLines(IReadOnlyList<string> paragraphs, int from)
    {
        var items = new List<string>();
        for (var i = from; i < paragraphs.Count; i++)
        {
            var folded = VietnameseText.Fold(paragraphs[i]);
            if (!NoiseLineRules.IsListItem(paragraphs[i]) && !TopicLine().IsMatch(folded) && !Ordinal().IsMatch(folded[..Math.Min(12, folded.Length)]))
            {
                break;
            }

            items.Add(Clean(paragraphs[i]));
        }

        return items;
    }

    private static List<string> NumberedTopicLines(IReadOnlyList<string> paragraphs) =>
        [.. paragraphs.Where(p => TopicLine().IsMatch(VietnameseText.Fold(p))).Select(Clean).Where(t => NoiseLineRules.WordCount(t) >= 2)];

    private static int? CountBefore(string folded, int openerIndex)
    {
        var from = Math.Max(0, openerIndex - 16);
        var m = CountWord().Match(folded, from, Math.Min(folded.Length, openerIndex + 10) - from);
        if (!m.Success)
        {
            return null;
        }

        var word = m.Groups["n"].Value;
        return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : Array.IndexOf(NumberWords, word) is var index and >= 0 ? index + 1 : null;
    }

    private static readonly string[] NumberWords = ["mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"];

    private static string Clean(string item)
    {
        var text = ItemPrefix().Replace(item.Trim(), string.Empty);
        text = text.Trim().Trim('“', '”', '"', '\'').TrimEnd('.', '…', ';', ',', ':', ' ').Trim();
        return VietnameseText.CapitalizeFirst(text);
    }

    [GeneratedRegex(@"\bchuyen de\b[^.:;!?]{0,140}?(?::|\b(?:gom|bao gom|nhu sau)\b\s*:?)")]
    private static partial Regex ListOpener();

    [GeneratedRegex(@"\b(?:trinh bay|gioi thieu|bao cao|truyen dat|quan triet|thong tin)\s+(?:mot\s+|01\s+)?chuyen de\s+ve\s+(?<topic>[^.;:]+?)(?=\s+(?:cho|tai|voi|nham|de)\b|[.;:,]|$)")]
    private static partial Regex SingleTopic();

    [GeneratedRegex(@"(?<n>\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:nhom\s+)?chuyen de\b")]
    private static partial Regex CountWord();

    [GeneratedRegex(@"\bthu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b\s*[,:]?\s*(?:la\s+)?(?:chuyen de\s+)?(?:ve\s+)?")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^chuyen de\s+(?:\d{1,2}|thu\s+\w+)\s*[:.\-–)]")]
    private static partial Regex TopicLine();

    [GeneratedRegex(@"^(?:[-–+*•·]\s*|\d{1,2}[.)]\s*|[a-zđ][.)]\s+|chuyên đề\s+(?:\d{1,2}|thứ\s+\w+)\s*[:.\-–)]?\s*|thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:]?\s*(?:là\s+)?|về\s+|là\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex ItemPrefix();
}
