using BulletinBot.Chat;
using BulletinBot.Data;
using BulletinBot.Delivery;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BulletinBot.Tests.Delivery;

/// <summary>The admins' incident alerts on a real outbox and a controlled clock: once per kind an hour, with a count.</summary>
public sealed class DeliveryIncidentsCountTests : IAsyncLifetime, IDisposable
{
    private const string CannotParse = "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset ";
    private readonly string folder = Directory.CreateTempSubdirectory("bulletinbot-incidents-").FullName;
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-23T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private SqliteConnectionFactory connections = null!;
    private DeliveryIncidents incidents = null!;

    public async Task InitializeAsync()
    {
        connections = new SqliteConnectionFactory(Options.Create(new DatabaseOptions { Path = Path.Combine(folder, "incidents.db") }));
        await new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var store = new DeliveryStore(connections, clock);
        incidents = new DeliveryIncidents(store, new DeliverySignal(), Options.Create(new BotOptions { Admins = [900] }), clock, NullLogger<DeliveryIncidents>.Instance);
    }

    [Fact]
    public async Task Refusals_after_the_first_alert_are_counted_and_reported_once_the_hour_is_up()
    {
        for (var i = 1; i <= 5; i++)
        {
            await incidents.ReportRejectedAsync(Row(i), CannotParse + i, CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        await incidents.ReportRejectedAsync(Row(6), "Bad Request: message is too long", CancellationToken.None);
        await incidents.FlushAsync(CancellationToken.None);
        var withinTheHour = await AlertsAsync();
        clock.Advance(TimeSpan.FromMinutes(40));
        await incidents.FlushAsync(CancellationToken.None);
        await incidents.FlushAsync(CancellationToken.None);
        var afterTheHour = await AlertsAsync();

        Assert.Equal(2, withinTheHour.Count);
        Assert.Contains("can't parse entities: 1 lần", withinTheHour[0]);
        Assert.Contains("message is too long: 1 lần", withinTheHour[1]);
        Assert.Equal(3, afterTheHour.Count);
        Assert.Contains("can't parse entities: 4 lần / times trong giờ qua", afterTheHour[2]);
    }

    [Theory]
    [InlineData("Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 12", "Bad Request: can't parse entities")]
    [InlineData("Bad Request: message is too long", "Bad Request: message is too long")]
    [InlineData("Bad Request: BUTTON_DATA_INVALID", "Bad Request: BUTTON_DATA_INVALID")]
    public void A_refusal_is_of_the_kind_its_description_names_before_the_details(string reason, string kind) =>
        Assert.Equal(kind, DeliveryIncidents.KindOf(reason));

    private static DeliveryRow Row(long id) => new() { Id = id, ChatId = 700 + id, Text = "x" };

    private async Task<List<string>> AlertsAsync()
    {
        await using var db = await connections.OpenAsync(CancellationToken.None);
        return (await db.QueryAsync<string>("SELECT text FROM broadcasts WHERE kind = 'incident' ORDER BY id")).AsList();
    }

    public void Dispose() => incidents.Dispose();

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
