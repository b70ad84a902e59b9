using System.Text;
using System.Text.RegularExpressions;
using Lottery.Torch.Serialization;
using static Lottery.Torch.torch;
using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>
/// The one way run files are written, so that a reader never sees half of one: the content goes to a temporary
/// file beside the target (<c>&lt;target&gt;.&lt;guid&gt;.tmp</c>), is flushed to disk, and is then renamed over the
/// target. A failed write leaves the old target (or none) and no temporary file; a process killed mid-write leaves
/// a temporary file that nothing loads and <see cref="RemoveLeftovers"/> deletes. The <see cref="FaultInjection"/>
/// armed for the process, if any, acts here.
/// </summary>
public static partial class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => Write(path, stream => stream.Write(Utf8.GetBytes(text)));

    /// <summary>Tensors and metadata in the safetensors format.</summary>
    public static void WriteTensors(string path, IReadOnlyDictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string>? metadata = null) =>
        Write(path, stream => SafeTensors.Save(stream, tensors, metadata));

    /// <summary>Whatever write puts into the stream it is given.</summary>
    public static void Write(string path, Action<Stream> write) => Write(path, write, FaultInjection.Current);

    internal static void Write(string path, Action<Stream> write, FaultInjection? fault)
    {
        var target = Path.GetFullPath(path);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                if (fault != null && fault.Matches(target)) fault.FailMidWrite(stream, InMemory(write));
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch (IOException e)
        {
            // .NET appends " : '<path>'" naming the temporary file; the user needs to know which run file it was.
            throw new IOException($"could not write {target}: {e.Message.Replace($" : '{temporary}'", "", StringComparison.Ordinal)}", e);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>
    /// Deletes the temporary files that killed writers left under directory (recursively). Only for a directory
    /// this process has locked (<see cref="RunLock"/>): a live writer's temporary file would go too.
    /// </summary>
    /// <returns>The files deleted.</returns>
    public static IReadOnlyList<string> RemoveLeftovers(string directory)
    {
        var leftovers = Directory.EnumerateFiles(directory, "*.tmp", SearchOption.AllDirectories)
            .Where(file => TemporaryName().IsMatch(Path.GetFileName(file)))
            .ToList();
        foreach (var file in leftovers) File.Delete(file);
        return leftovers;
    }

    // The fault needs the file's length to stop half way, so only a write it acts on is rendered in memory first.
    private static ReadOnlySpan<byte> InMemory(Action<Stream> write)
    {
        var buffer = new MemoryStream();
        write(buffer);
        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
    }

    [GeneratedRegex(@"\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TemporaryName();
}
