namespace Lottery.Host.Runs;

/// <summary>
/// last-error.json in a run directory: why the last run of it failed (when, the exception's type and its message), so
/// that `./lottery runs` can say which runs of a sweep need attention after their consoles are gone. Written when a run
/// fails, removed when a later run of the directory succeeds; a stop (SIGINT/SIGTERM) is neither.
/// </summary>
public sealed record LastError(DateTimeOffset Time, string Type, string Message)
{
    public const string FileName = "last-error.json";

    public static string PathIn(string runDirectory) => Path.Combine(runDirectory, FileName);

    /// <summary>Records failure (sealed, written atomically) in the run directory.</summary>
    public static void Record(string runDirectory, Exception failure, DateTimeOffset time) =>
        SealedJson.Write(PathIn(runDirectory), new LastError(time, failure.GetType().Name, Configuration.UserMessage.Of(failure)));

    /// <summary>The recorded failure, or null when the last run did not fail; a damaged record throws <see cref="InvalidDataException"/> naming the file.</summary>
    public static LastError? Read(string runDirectory)
    {
        var path = PathIn(runDirectory);
        return File.Exists(path) ? SealedJson.Read<LastError>(path, "run error record") : null;
    }

    public static void Clear(string runDirectory) => File.Delete(PathIn(runDirectory));
}
