using BulletinBot.Articles.Counts;
using BulletinBot.Articles.Dates;
using BulletinBot.Articles.People;
using BulletinBot.Articles.Places;
using BulletinBot.Articles.Text;
using BulletinBot.Articles.Topics;

namespace BulletinBot.Articles;

/// <summary>Turns a pasted Vietnamese news article about a conference into an <see cref="ArticleEvent"/>.</summary>
/// <remarks>Pure text work: the only input besides the article is the embedded province gazetteer, loaded once per instance.</remarks>
public sealed class ArticleExtractor
{
    private readonly PlaceFinder places;
    private readonly OfficialFinder officials;

    public ArticleExtractor()
    {
        var gazetteer = new ProvinceGazetteer();
        var localUnits = new LocalUnitGazetteer(gazetteer);
        places = new PlaceFinder(gazetteer, localUnits);
        officials = new OfficialFinder(gazetteer, localUnits);
    }

    /// <param name="text">The article as pasted or fetched, page chrome and all.</param>
    /// <param name="published">
    /// The page's publication date from its metadata, when the caller has it; a stamp printed in the text wins over it.
    /// Either one gives a day written without a year its year.
    /// </param>
    public ArticleEvent Extract(string text, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = VietnameseText.Normalize(text);
        var body = ArticleCleaner.Clean(normalized);
        var stamp = PublicationStamp.Find(normalized) ?? published;
        var date = RelativeEventDay.Resolve(body, stamp, EventDateFinder.Find(body, stamp));
        var dateSentence = date?.Sentence;
        var place = places.Find(body, dateSentence, normalized);
        var attendees = AttendeeCounter.Find(body, date?.Date);
        var topics = TopicListReader.Read(body);
        return new ArticleEvent(
            Title: body.Title,
            Date: date?.Date.ToString(),
            Time: EventTimeFinder.Find(body, dateSentence),
            Location: place?.Location,
            Province: place?.Province,
            CurrentProvince: place?.CurrentProvince,
            Region: place?.Region,
            Attendees: attendees?.Count,
            AttendeesAtLeast: attendees?.AtLeast ?? false,
            Provinces: ProvinceCountFinder.Find(body, date?.Date),
            Topics: topics.Items,
            People: officials.Find(body),
            Organizers: OrganizerFinder.Find(body, dateSentence),
            Summary: SummaryWriter.Write(body, dateSentence),
            EventDate: date?.Date,
            StatedTopicCount: topics.StatedCount);
    }
}
