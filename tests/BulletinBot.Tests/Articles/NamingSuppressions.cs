using System.Diagnostics.CodeAnalysis;

// STYLE.md: test names are sentences (`Date_prefers_event_date_over_publication_stamp`).
[assembly: SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Scope = "namespaceanddescendants", Target = "~N:BulletinBot.Tests.Articles", Justification = "Test names are sentences.")]
