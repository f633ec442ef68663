using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BulletinBot.Data;

/// <summary>Opens one pooled connection per operation, with foreign keys on and a generous busy timeout.</summary>
public sealed class SqliteConnectionFactory(IOptions<DatabaseOptions> options)
{
    private readonly Lazy<string> connectionString = new(() => Build(options.Value.Path));

    public string ConnectionString => connectionString.Value;

    public string DatabasePath => Path.GetFullPath(options.Value.Path);

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    private static string Build(string path)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = full,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }
}
