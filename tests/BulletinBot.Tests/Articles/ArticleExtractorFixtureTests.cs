namespace BulletinBot.Tests.Articles;

public sealed class ArticleExtractorFixtureTests
{
    public static IEnumerable<object[]> Fixtures => FixtureExpectations.Files;

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Title_is_the_headline_without_site_chrome(string fixture) =>
        Same(fixture, "title", FixtureExpectations.For(fixture).Title, FixtureExpectations.Extract(fixture).Title);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Date_is_the_event_date_with_a_year_only_when_the_text_ties_one_to_the_event(string fixture) =>
        Same(fixture, "date", FixtureExpectations.For(fixture).Date, FixtureExpectations.Extract(fixture).Date);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Time_is_read_only_when_stated(string fixture) =>
        Same(fixture, "time", FixtureExpectations.For(fixture).Time, FixtureExpectations.Extract(fixture).Time);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Location_is_the_venue_as_written(string fixture) =>
        Same(fixture, "location", FixtureExpectations.For(fixture).Location, FixtureExpectations.Extract(fixture).Location);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Province_is_named_as_written_and_mapped_to_the_current_unit_and_region(string fixture)
    {
        var expected = FixtureExpectations.For(fixture);
        var actual = FixtureExpectations.Extract(fixture);
        Same(fixture, "province", expected.Province, actual.Province);
        Same(fixture, "currentProvince", expected.CurrentProvince, actual.CurrentProvince);
        Same(fixture, "region", expected.Region, actual.Region);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Attendees_keep_the_at_least_mark_of_hon_and_tren(string fixture)
    {
        var expected = FixtureExpectations.For(fixture);
        var actual = FixtureExpectations.Extract(fixture);
        Same(fixture, "attendees", expected.Attendees, actual.Attendees);
        Same(fixture, "attendeesAtLeast", expected.AttendeesAtLeast, actual.AttendeesAtLeast);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Provinces_count_only_provinces_and_cities_taking_part(string fixture) =>
        Same(fixture, "provinces", FixtureExpectations.For(fixture).Provinces, FixtureExpectations.Extract(fixture).Provinces);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Topics_are_the_clean_chuyen_de_phrases(string fixture) =>
        SameList(fixture, "topics", FixtureExpectations.For(fixture).Topics, FixtureExpectations.Extract(fixture).Topics);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void People_are_officials_listed_once_by_name(string fixture) =>
        SameList(fixture, "people", FixtureExpectations.For(fixture).People, [.. FixtureExpectations.Extract(fixture).People.Select(p => p.Name)]);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void People_all_carry_a_role(string fixture)
    {
        foreach (var person in FixtureExpectations.Extract(fixture).People)
        {
            Assert.True(!string.IsNullOrWhiteSpace(person.Role), $"{fixture}: people role missing for {person.Name}");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Organizers_are_the_hosting_bodies(string fixture) =>
        SameList(fixture, "organizers", FixtureExpectations.For(fixture).Organizers, FixtureExpectations.Extract(fixture).Organizers);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Summary_is_at_most_three_sentences_and_600_characters(string fixture)
    {
        var summary = FixtureExpectations.Extract(fixture).Summary;
        Assert.True(summary is { Length: > 0 and <= 600 }, $"{fixture}: summary expected 1..600 characters got {summary?.Length}");
    }

    private static void Same<T>(string fixture, string field, T expected, T actual) =>
        Assert.True(EqualityComparer<T>.Default.Equals(expected, actual), $"{fixture}: {field} expected {Show(expected)} got {Show(actual)}");

    private static void SameList(string fixture, string field, IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        Assert.True(expected.SequenceEqual(actual), $"{fixture}: {field} expected [{string.Join(" | ", expected)}] got [{string.Join(" | ", actual)}]");

    private static string Show<T>(T value) => value is null ? "null" : $"'{value}'";
}
