using System.CommandLine;

namespace BulletinBot.Articles;

/// <summary>The "extract FILE" command line verb; filled in once the extractor lands.</summary>
public static class ExtractVerb
{
    public static Command Create() => new("extract", "Print the event extracted from a news article as JSON.");
}
