using System.Collections.Concurrent;

namespace BulletinBot.FakeBotApi;

/// <summary>Files users "sent", served by getFile and the /file/bot{token}/{path} download address.</summary>
internal sealed class StoredFiles
{
    private readonly ConcurrentDictionary<string, (string Path, byte[] Content)> byId = new();
    private readonly ConcurrentDictionary<string, byte[]> byPath = new();
    private int next;

    public string Add(string fileName, byte[] content)
    {
        var number = Interlocked.Increment(ref next);
        var id = $"file{number}";
        var path = $"documents/{number}_{fileName}";
        byId[id] = (path, content);
        byPath[path] = content;
        return id;
    }

    public (string Path, long Size)? Find(string fileId) =>
        byId.TryGetValue(fileId, out var file) ? (file.Path, file.Content.LongLength) : null;

    public byte[]? Content(string path) => byPath.GetValueOrDefault(path);
}
