using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Topics;

/// <summary>Reads the list of `chuyên đề` presented at the event.</summary>
/// <remarks>
/// The list follows `chuyên đề …:` (or `chuyên đề … gồm`/`như`) and is written inline (`A; B và C`), as numbered or
/// bulleted lines, or with `thứ nhất/thứ hai`. Items split at `;`; without `;` they split at commas and a final `và`
/// only when the article states how many there are (`hai chuyên đề gồm: A và B`) or there are at least three.
/// The first list found wins: later mentions usually repeat or comment on it.
/// </remarks>
internal static partial class TopicListReader
{
    /// <summary>The list; when it names fewer than the article counts (`gồm 6 chuyên đề`), the count still tells how many.</summary>
    public static TopicList Read(ArticleBody body)
    {
        var items = Items(body, out var firstCount);
        return new TopicList(items, firstCount > items.Count ? firstCount : null);
    }

    private static IReadOnlyList<string> Items(ArticleBody body, out int? firstCount)
    {
        var paragraphs = body.Paragraphs;
        var counted = CountedTopicReader.Read(paragraphs, out firstCount);
        var (topicList, listAt) = ListAfter(paragraphs, ListOpener(), minItems: 1);
        if (counted is { } first && (topicList.Count == 0 || first.Paragraph <= listAt))
        {
            return first.Items;
        }

        if (topicList.Count > 0)
        {
            return topicList;
        }

        var numbered = NumberedTopicLines(paragraphs);
        if (numbered.Count > 0)
        {
            return numbered;
        }

        // `các nội dung:`, `nội dung tập huấn gồm`, `hai nội dung chính:`, `các bài giảng:` introduce the same list in other
        // words; they are weaker than `chuyên đề`, so they come after it and must yield at least two items.
        var (contentList, _) = ListAfter(paragraphs, ContentListOpener(), minItems: 2);
        return counted?.Items ?? (contentList.Count > 0 ? contentList
            : OrdinalItems(paragraphs) is { Count: >= 2 } ordinalItems ? ordinalItems : SingleMentions(body));
    }

    /// <summary>
    /// `Chuyên đề thứ nhất do … trình bày về A. … Chuyên đề thứ hai …`: with no count and no list, the sentences that each open
    /// with a topic noun and an ordinal, from the first one on, are the items.
    /// </summary>
    private static List<string> OrdinalItems(IReadOnlyList<string> paragraphs)
    {
        var items = new List<string>();
        foreach (var sentence in paragraphs.SelectMany(SentenceSplitter.Split))
        {
            var folded = VietnameseText.Fold(sentence);
            if ((items.Count == 0 ? FirstOrdinalItem() : NextOrdinalItem()).IsMatch(folded)
                && TopicItem.Clean(sentence) is var item && NoiseLineRules.WordCount(item) >= 2)
            {
                items.Add(item);
            }
        }

        return items;
    }

    [GeneratedRegex(@"^\W*(?:(?:o|trong|tai|voi|qua)\s+)?(?:chuyen de|chu de|noi dung|bai giang)\s+(?:thu nhat|dau tien)\b")]
    private static partial Regex FirstOrdinalItem();

    [GeneratedRegex(@"^\W*(?:(?:o|trong|tai|voi|qua)\s+)?(?:chuyen de|chu de|noi dung|bai giang)\s+(?:thu (?:hai|ba|tu|nam|sau|bay|tam|chin|muoi)|tiep theo|con lai|cuoi cung)\b")]
    private static partial Regex NextOrdinalItem();

    private static (IReadOnlyList<string> Items, int Paragraph) ListAfter(IReadOnlyList<string> paragraphs, Regex opener, int minItems)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var folded = VietnameseText.Fold(paragraphs[p]);
            // `Chuyên đề 1: …` is an item of a list of such lines, not a lead-in (see NumberedTopicLines).
            if (TopicLine().IsMatch(folded))
            {
                continue;
            }

            foreach (Match m in opener.Matches(folded))
            {
                var count = CountBefore(folded, m.Index);
                var rest = paragraphs[p][(m.Index + m.Length)..].Trim();
                var items = rest.Length > 0 ? InlineItems(rest, count) : FollowingListLines(paragraphs, p + 1);
                if (items.Count >= minItems)
                {
                    return (items, p);
                }
            }
        }

        return ([], -1);
    }

    /// <summary>The list written on the lead-in's own line: one sentence, or `Thứ nhất, A. Thứ hai, B.` as one sentence per item.</summary>
    private static IReadOnlyList<string> InlineItems(string rest, int? count)
    {
        var sentences = SentenceSplitter.Split(rest).ToList();
        var first = sentences.FirstOrDefault() ?? rest;
        if (sentences.Count < 2 || !StartsWithOrdinal(first) || InlineTopicSplitter.Ordinal().Count(VietnameseText.Fold(first)) > 1)
        {
            return InlineTopicSplitter.Split(first, count);
        }

        return [.. sentences.TakeWhile(StartsWithOrdinal).Select(TopicItem.Clean).Where(t => NoiseLineRules.WordCount(t) >= 2)];
    }

    private static bool StartsWithOrdinal(string sentence) => InlineTopicSplitter.Ordinal().Match(VietnameseText.Fold(sentence)) is { Success: true, Index: 0 };

    /// <summary>Without a list, each `trình bày chuyên đề về X` or `chuyên đề "X"` (one per speaker) names one topic.</summary>
    private static List<string> SingleMentions(ArticleBody body)
    {
        var topics = new List<string>();
        foreach (var sentence in body.Sentences)
        {
            foreach (Match m in SingleTopic().Matches(sentence.Folded).Concat(QuotedTopic().Matches(sentence.Folded)).OrderBy(m => m.Index))
            {
                var topic = TopicItem.Clean(sentence.Text.Substring(m.Groups["topic"].Index, m.Groups["topic"].Length));
                if (NoiseLineRules.WordCount(topic) >= 2 && !topics.Contains(topic, StringComparer.Ordinal))
                {
                    topics.Add(topic);
                }
            }
        }

        return topics;
    }

    private static List<string> FollowingListLines(IReadOnlyList<string> paragraphs, int from)
    {
        var items = new List<string>();
        for (var i = from; i < paragraphs.Count; i++)
        {
            var folded = VietnameseText.Fold(paragraphs[i]);
            if (!NoiseLineRules.IsListItem(paragraphs[i]) && !TopicLine().IsMatch(folded) && !InlineTopicSplitter.Ordinal().IsMatch(folded[..Math.Min(12, folded.Length)]))
            {
                break;
            }

            items.Add(TopicItem.Clean(paragraphs[i]));
        }

        return items;
    }

    private static List<string> NumberedTopicLines(IReadOnlyList<string> paragraphs) =>
        [.. paragraphs.Where(p => TopicLine().IsMatch(VietnameseText.Fold(p))).Select(TopicItem.Clean).Where(t => NoiseLineRules.WordCount(t) >= 2)];

    private static int? CountBefore(string folded, int openerIndex)
    {
        var from = Math.Max(0, openerIndex - 16);
        var m = CountWord().Match(folded, from, Math.Min(folded.Length, openerIndex + 20) - from);
        if (!m.Success)
        {
            return null;
        }

        var word = m.Groups["n"].Value;
        return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : Vocabulary.NumberValue(word);
    }

    /// <summary>A count written as a word before `chuyên đề`; not `bảy` or `một`, since `trình bày chuyên đề` folds to `… bay chuyen de`.</summary>
    private const string CountBeforeTopics = """
        (?x:(?:
            \d{1,2} | hai | ba | bon | nam | sau
        ))
        """;

    /// <summary>
    /// `chuyên đề …:`, `… gồm`, `ba chuyên đề. Thứ nhất, …`, `các chuyên đề về A; B` (a `;` must follow), or
    /// `2 chuyên đề về A và B` (the stated count tells how to split).
    /// </summary>
    [GeneratedRegex($$"""
        \b(?:cac|nhung|{{CountBeforeTopics}})\s+chuyen\ de\s+ve\s+(?=[^.:]*;)     # các chuyên đề về A; B
      | \b{{CountBeforeTopics}}\s+chuyen\ de\s+ve\s+                               # 2 chuyên đề về A và B
      | \bchuyen\ de\b[^.:;!?]{0,140}?
        (?: :                                                                                 # chuyên đề …:
          | \b(?:gom|bao\ gom|nhu\ sau)\b\s*:?                                                # chuyên đề … gồm
          | \.(?=\s+thu\ nhat\b)                                                              # ba chuyên đề. Thứ nhất, …
        )
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ListOpener();

    /// <summary>Plural or counted `nội dung`/`bài giảng`, or `nội dung tập huấn`, then `:`, `gồm` or `Thứ nhất`; a lone `nội dung` is no lead-in.</summary>
    [GeneratedRegex($$"""
        \b(?:
            (?:cac|nhung|\d{1,2}|{{Vocabulary.NumberWord}})\s+(?:noi\ dung|bai\ giang)
            (?:\s+(?:chinh|chu\ yeu|trong\ tam|co\ ban))?
          | noi\ dung\s+(?:tap\ huan|boi\ duong|hoi\ nghi|lop\ hoc|chuong\ trinh|chinh|chu\ yeu|trong\ tam)
        )\b
        [^.:;!?"“”]{0,100}?
        (?: : | \b(?:gom|bao\ gom|nhu\ sau)\b\s*:? | \.(?=\s+thu\ nhat\b) )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ContentListOpener();

    [GeneratedRegex("""
        \b(?:trinh\ bay | gioi\ thieu | bao\ cao | truyen\ dat | quan\ triet | thong\ tin)
        \s+(?:mot\s+|01\s+)?chuyen\ de\s+ve\s+
        (?<topic>[^.;:]+?)
        (?=\s+(?:cho|tai|voi|nham|de)\b | [.;:,] | $)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SingleTopic();

    [GeneratedRegex(@"\bchuyen de\s*:?\s*[""“](?<topic>[^""“”]{3,200})[""”]")]
    private static partial Regex QuotedTopic();

    [GeneratedRegex($$"""(?<n>\d{1,2}|{{Vocabulary.NumberWord}})\s+(?:nhom\s+)?(?:chuyen\ de|chu\ de|noi\ dung|bai\ giang)\b""")]
    private static partial Regex CountWord();

    [GeneratedRegex(@"^chuyen de\s+(?:\d{1,2}|thu\s+\w+)\s*[:.\-–)]")]
    private static partial Regex TopicLine();
}
