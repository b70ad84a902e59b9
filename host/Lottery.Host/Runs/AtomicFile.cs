namespace Lottery.Host.Runs;

/// <summary>
/// Writes a file so that a reader never sees half of it: the text goes to a temporary file beside the
/// target, is flushed to disk, and is then renamed over the target.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(text);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
