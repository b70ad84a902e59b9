using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>
/// The files a result was built from, each by the SHA-256 of its bytes under its path relative to the run
/// directory, recorded with the result. An earlier level that is redone (its files were corrupt) usually comes
/// back byte for byte, and then what was built on it stays valid; when it comes back different (another device,
/// another thread count) everything built on the old files is stale, and this is how it is found. One instance serves
/// one stage's run and reads each file version once: level 0's rewind weights are an input of every level, and a
/// level's files are hashed both when the next level's record is checked and when that level completes.
/// </summary>
public sealed class InputFiles
{
    // By file version: a file rewritten since (written whole, then renamed into place) is hashed again.
    private readonly Dictionary<(string Path, long Length, DateTime Modified), string> digests = [];

    /// <summary>The digests of the files (each must exist) under their paths relative to root.</summary>
    public JsonObject Record(string root, IEnumerable<string> paths)
    {
        var record = new JsonObject();
        foreach (var path in paths) record[Relative(root, path)] = DigestOf(path);
        return record;
    }

    /// <summary>
    /// The first recorded input that is missing or has changed, as a message; null when all are as recorded (or
    /// nothing was recorded: results written before inputs were). current holds the digests as they are now, by
    /// the same relative paths (see <see cref="Record"/>).
    /// </summary>
    public static string? FindChange(string root, JsonObject? recorded, JsonObject current)
    {
        foreach (var (relative, digest) in recorded ?? [])
        {
            var path = Path.Combine(root, relative);
            if (current[relative] is not { } now) return $"it was built from {path}, which is no longer there";
            if (!JsonNode.DeepEquals(now, digest)) return $"it was built from {path}, which has changed since";
        }
        return null;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    private string DigestOf(string path)
    {
        var file = new FileInfo(path);
        var version = (file.FullName, file.Length, file.LastWriteTimeUtc);
        if (!digests.TryGetValue(version, out var digest))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            digests[version] = digest = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        return digest;
    }
}
