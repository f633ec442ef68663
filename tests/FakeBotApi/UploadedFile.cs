using Microsoft.AspNetCore.Http;

namespace BulletinBot.FakeBotApi;

/// <summary>A file part of a multipart request, read whole so a test can parse it back.</summary>
internal sealed record UploadedFile(string Name, string FileName, byte[] Content)
{
    public static async Task<IReadOnlyList<UploadedFile>> ReadAllAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return [];
        }

        // The form was read (and its files buffered) already; this returns the same one.
        var form = await request.ReadFormAsync(ct).ConfigureAwait(false);
        var files = new List<UploadedFile>(form.Files.Count);
        foreach (var file in form.Files)
        {
            using var copy = new MemoryStream((int)file.Length);
            await file.CopyToAsync(copy, ct).ConfigureAwait(false);
            files.Add(new UploadedFile(file.Name, file.FileName, copy.ToArray()));
        }

        return files;
    }
}
