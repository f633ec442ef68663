using System.Text.Encodings.Web;
using System.Text.Json;

namespace BulletinBot.Articles;

/// <summary>Writes the `extract` JSON contract of DESIGN.md (plus `topicCount`): fixed keys, nulls written, Vietnamese left readable.</summary>
public static class ArticleEventJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ArticleEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("title", e.Title);
            writer.WriteString("date", e.Date);
            writer.WriteString("time", e.Time);
            writer.WriteString("location", e.Location);
            writer.WriteString("province", e.Province);
            writer.WriteString("currentProvince", e.CurrentProvince);
            writer.WriteString("region", e.Region);
            WriteNumber(writer, "attendees", e.Attendees);
            writer.WriteBoolean("attendeesAtLeast", e.AttendeesAtLeast);
            WriteNumber(writer, "provinces", e.Provinces);
            WriteStrings(writer, "topics", e.Topics);
            // Beside the list, not instead of it: readers of `topics` keep working, and a count with no list still shows.
            writer.WriteNumber("topicCount", e.TopicCount);
            writer.WriteStartArray("people");
            foreach (var person in e.People)
            {
                writer.WriteStartObject();
                writer.WriteString("name", person.Name);
                writer.WriteString("role", person.Role);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteStrings(writer, "organizers", e.Organizers);
            writer.WriteString("summary", e.Summary);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
