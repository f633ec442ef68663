using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Places;

/// <summary>Finds where the event took place and the province it lies in.</summary>
/// <remarks>
/// The venue is the first place phrase after `tại` in the sentence holding the event's date, else in a sentence speaking of
/// the event (an online meeting's `điểm cầu chính` included). The province is always looked for, first proof first: the venue itself; the rest of the venue's sentence
/// and the date's sentence (`Sở Tư pháp tỉnh …`, `UBND huyện …`, `(TP. Phủ Lý)`); the headline (`Yên Bái: …`,
/// `Đà Nẵng triển khai …`); any sentence about the event; and last the one province the article names with `tỉnh` or
/// `thành phố`; and for a site's report that names its host only as `Tỉnh ủy`, the province in the site's masthead or footer.
/// A province is never guessed: with none of these, it stays null.
/// </remarks>
internal sealed partial class PlaceFinder(ProvinceGazetteer gazetteer, LocalUnitGazetteer localUnits)
{
    private readonly VenueReader venues = new(gazetteer);

    /// <param name="normalizedText">The whole page, chrome included, whose masthead or footer may name the site's province.</param>
    public EventPlace? Find(ArticleBody body, ArticleSentence? dateSentence, string? normalizedText = null)
    {
        var mentions = new ProvinceMentions(gazetteer, localUnits, body);
        var eventSentences = body.Sentences.Where(s => s != dateSentence && (EventWords.SpeakOfEvent(s.Folded) || MainPoint().IsMatch(s.Folded)));
        var ordered = (dateSentence is null ? eventSentences : eventSentences.Prepend(dateSentence)).ToList();

        (string Location, ProvinceFound? Province, ArticleSentence Sentence)? venue = null;
        foreach (var sentence in ordered)
        {
            if (venues.ReadAll(sentence, mentions).FirstOrDefault() is { Location: not null } found)
            {
                venue = (found.Location, found.Province, sentence);
                break;
            }
        }

        var province = venue?.Province
            ?? (venue is { } v ? mentions.InSentence(v.Sentence) : null)
            ?? (dateSentence is null ? null : mentions.InSentence(dateSentence))
            ?? mentions.InHeadline()
            ?? ordered.Select(mentions.InSentence).FirstOrDefault(p => p is not null)
            ?? mentions.OnlyOne()
            ?? (normalizedText is null ? null : SiteOwner.Find(normalizedText, body, mentions));
        return venue is null && province is null
            ? null
            : new EventPlace(venue?.Location, province?.AsWritten, province?.Unit.CurrentName, province?.Unit.Region);
    }

    /// <summary>`Điểm cầu chính đặt tại …`, `Điểm cầu Trung ương đặt tại …`: an online meeting's host point is its venue.</summary>
    [GeneratedRegex(@"\bdiem cau (?:chinh|trung uong)\b")]
    private static partial Regex MainPoint();
}

/// <summary>The venue as written, when there is one, and the province the event took place in, when the text shows it.</summary>
internal sealed record EventPlace(string? Location, string? Province, string? CurrentProvince, string? Region);
