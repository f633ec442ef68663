using System.Text.RegularExpressions;

namespace BulletinBot.Articles.Text;

/// <summary>Writes the two or three sentences a staff member reads in the digest (at most 600 characters).</summary>
/// <remarks>
/// The sentence with the event's date leads; the sentences stating attendance and purpose (`nhằm`) follow when they
/// add something, in the article's order. A lead-in ending with `:` says nothing without its list and a sentence about
/// another round (`Trước đó, …`) is about another event, so neither is used. Quotations and very long sentences are passed over when shorter ones exist.
/// </remarks>
internal static partial class SummaryWriter
{
    public const int MaxLength = 600;

    public static string? Write(ArticleBody body, ArticleSentence? dateSentence)
    {
        var sentences = body.Sentences
            .Where(s => s.Text.Length >= 20 && (char.IsUpper(s.Text[0]) || AgencyTag().IsMatch(s.Text)) && !s.Text.EndsWith(':') && !OtherEventSentence.Is(s, eventDate: null))
            .ToList();
        if (sentences.Count == 0)
        {
            return null;
        }

        var lead = dateSentence ?? sentences.FirstOrDefault(s => EventWords.NameGathering(s.Folded)) ?? sentences[0];
        var chosen = new List<ArticleSentence> { lead };
        var candidates = sentences.Where(s => s != lead).OrderBy(s => Priority(s, lead)).ThenBy(s => s.Index);
        foreach (var candidate in candidates)
        {
            if (chosen.Count == 3 || Length(chosen) + candidate.Text.Length + 1 > MaxLength)
            {
                continue;
            }

            if (chosen.Count < 2 || Priority(candidate, lead) < 2)
            {
                chosen.Add(candidate);
            }
        }

        // The byline tag (`(ĐBP) -`, `(Baoquangngai.vn) -`, `TTXVN -`) names the paper, not the event.
        var text = AgencyTag().Replace(string.Join(' ', chosen.OrderBy(s => s.Index).Select(s => s.Text)), string.Empty);
        return text.Length <= MaxLength ? text : Shorten(text);
    }

    private static int Priority(ArticleSentence s, ArticleSentence lead) =>
        Contains(s, "tham du") || Contains(s, "dai bieu") ? 0
        : Contains(s, "nham ") || Contains(s, "chuyen de") ? 1
        : s.Index == lead.Index + 1 ? 1
        : 3 + (s.Index / 5);

    private static bool Contains(ArticleSentence s, string folded) => s.Folded.Contains(folded, StringComparison.Ordinal);

    private static int Length(List<ArticleSentence> chosen) => chosen.Sum(s => s.Text.Length + 1);

    private static string Shorten(string text)
    {
        var cut = text.LastIndexOf(' ', MaxLength - 2);
        return string.Concat(text[..(cut > 0 ? cut : MaxLength - 1)].TrimEnd(',', ';', ' '), "…");
    }

    [GeneratedRegex(@"^(?:\([^()]{2,40}\)|\p{Lu}[\p{Lu}\p{N}.]{1,15})\s*[-–—]\s+")]
    private static partial Regex AgencyTag();
}
