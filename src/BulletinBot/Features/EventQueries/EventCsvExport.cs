using BulletinBot.Features.Events;
using CsvHelper;

namespace BulletinBot.Features.EventQueries;

/// <summary>
/// Writes events as CSV that opens in Excel with its Vietnamese intact (UTF-8 with a byte order mark), a cell that
/// would start a formula escaped. Rows stream from the database to temporary files, so memory stays flat; an export
/// larger than Telegram takes in one document is cut into several files, each with its heading row.
/// </summary>
public static class EventCsvExport
{
    /// <summary>Telegram takes documents of up to 50 MB from a bot; this leaves room for the last rows written after a check.</summary>
    public const long MaxFileBytes = 45L * 1024 * 1024;

    private const int RowsBetweenSizeChecks = 256;

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    /// <returns>The files, each positioned at its start and deleted when disposed; none when there are no events.</returns>
    public static async Task<IReadOnlyList<ExportFile>> WriteAsync(IAsyncEnumerable<EventRecord> events, long maxFileBytes, CancellationToken ct)
    {
        var files = new List<ExportFile>();
        FileStream? file = null;
        CsvWriter? csv = null;
        var rows = 0;
        try
        {
            await foreach (var record in events.WithCancellation(ct))
            {
                if (csv is null || file is null)
                {
                    file = TemporaryFile();
                    csv = CsvWriter.Create(file, Options, leaveOpen: true);
                    csv.WriteHeader<EventCsvRow>();
                    rows = 0;
                }

                csv.WriteRecord(EventCsvRow.From(record));
                rows++;
                if (rows % RowsBetweenSizeChecks == 0)
                {
                    await csv.FlushAsync(ct);
                    if (file.Length >= maxFileBytes)
                    {
                        files.Add(await FinishAsync(file, csv, rows));
                        (file, csv) = (null, null);
                    }
                }
            }

            if (csv is not null && file is not null)
            {
                files.Add(await FinishAsync(file, csv, rows));
                (file, csv) = (null, null);
            }

            return files;
        }
        catch
        {
            // Cancelled or the database failed midway: nothing half-written is left on disk.
            if (csv is not null)
            {
                await csv.DisposeAsync();
            }

            if (file is not null)
            {
                await file.DisposeAsync();
            }

            foreach (var done in files)
            {
                await done.Content.DisposeAsync();
            }

            throw;
        }
    }

    private static async Task<ExportFile> FinishAsync(FileStream file, CsvWriter csv, int rows)
    {
        await csv.DisposeAsync();
        await file.FlushAsync();
        file.Position = 0;
        return new ExportFile(file, rows);
    }

    private static FileStream TemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), $"bulletinbot-export-{Guid.NewGuid():N}.csv"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 81920, FileOptions.DeleteOnClose);
}
