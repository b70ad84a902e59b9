using System.Globalization;
using System.Text.Json.Nodes;
using Lottery.Host.Runs;

namespace Lottery.Host.Sweeps;

/// <summary>
/// The sweep's own folder: plan.json (every point, its settings and run directory), points/NNN.log (a point's console
/// output, appended by each attempt) and points/NNN.exit (its last exit code, written when its process ends), for a Slurm
/// sweep slurm.sh (the job script last submitted) and slurm-jobs.txt (every job submitted, one per line), and the
/// aggregate and report. The runs themselves live in their ordinary run directories.
/// </summary>
public sealed record SweepFolder(string Path)
{
    public string PlanPath => System.IO.Path.Combine(Path, "plan.json");

    public string PointsPath => System.IO.Path.Combine(Path, "points");

    /// <summary>The sweep's results across seeds (<see cref="AggregateCsv"/>), and the report made from them.</summary>
    public string AggregatePath => System.IO.Path.Combine(Path, "aggregate.csv");

    public string ReportMarkdownPath => System.IO.Path.Combine(Path, "report.md");

    public string ReportHtmlPath => System.IO.Path.Combine(Path, "report.html");

    /// <summary>The report's charts as SVG files, which report.md shows as images.</summary>
    public string ChartsPath => System.IO.Path.Combine(Path, SweepReportDocument.ChartsFolder);

    public string LogPath(SweepPoint point) => System.IO.Path.Combine(PointsPath, $"{point.Name}.log");

    public string ExitCodePath(SweepPoint point) => System.IO.Path.Combine(PointsPath, $"{point.Name}.exit");

    public string SlurmScriptPath => System.IO.Path.Combine(Path, "slurm.sh");

    public string SlurmJobsPath => System.IO.Path.Combine(Path, "slurm-jobs.txt");

    /// <summary>Records a submitted job: its id, then the array of point numbers it holds.</summary>
    public void RecordSlurmJob(string jobId, string array) =>
        File.AppendAllText(SlurmJobsPath, $"{jobId} {array} {DateTimeOffset.Now:O}\n");

    /// <summary>The ids of every job submitted for this sweep, oldest first.</summary>
    public IReadOnlyList<string> SlurmJobIds() => File.Exists(SlurmJobsPath)
        ? File.ReadLines(SlurmJobsPath).Select(line => line.Split(' ', 2)[0]).Where(id => id.Length > 0).ToList()
        : [];

    /// <summary>The exit code of the point's last process, or null when none ended (or the record is unreadable).</summary>
    public int? LastExitCode(SweepPoint point)
    {
        var path = ExitCodePath(point);
        return File.Exists(path) && int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) ? code : null;
    }

    public void RecordExitCode(SweepPoint point, int code)
    {
        Directory.CreateDirectory(PointsPath);
        AtomicFile.WriteAllText(ExitCodePath(point), code.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The last error lines of a point's log, for the plan and the report.</summary>
    public string? LastError(SweepPoint point)
    {
        var path = LogPath(point);
        if (!File.Exists(path)) return null;
        var errors = File.ReadLines(path).Where(line => line.StartsWith("error:", StringComparison.Ordinal)).ToList();
        return errors.Count > 0 ? errors[^1] : File.ReadLines(path).LastOrDefault(line => line.Trim().Length > 0);
    }

    /// <summary>Each point's fingerprint as the last plan.json wrote it (none when there is no readable plan).</summary>
    public IReadOnlyDictionary<int, string> PlannedFingerprints()
    {
        try
        {
            var plan = File.Exists(PlanPath) ? JsonNode.Parse(File.ReadAllText(PlanPath)) : null;
            return (plan?["points"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(p => p["index"] is JsonValue && p["fingerprint"] is JsonValue)
                .ToDictionary(p => p["index"]!.GetValue<int>(), p => p["fingerprint"]!.GetValue<string>());
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException or IOException)
        {
            return new Dictionary<int, string>();
        }
    }

    /// <summary>Moves a point's exit code and log aside (NNN.exit.old, NNN.log.old): they are another configuration's.</summary>
    public void Forget(SweepPoint point)
    {
        foreach (var path in new[] { ExitCodePath(point), LogPath(point) }.Where(File.Exists)) File.Move(path, path + ".old", overwrite: true);
    }

    public void WritePlan(string name, IReadOnlyList<PlannedPoint> points)
    {
        Directory.CreateDirectory(PointsPath);
        var plan = new JsonObject
        {
            ["name"] = name,
            ["points"] = new JsonArray(points.Select(p => (JsonNode)new JsonObject
            {
                ["index"] = p.Point.Index,
                ["settings"] = new JsonObject(p.Point.Settings.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)JsonValue.Create(s.Value)))),
                ["runDirectory"] = p.RunDirectory,
                ["fingerprint"] = p.Fingerprint,
            }).ToArray()),
        };
        AtomicFile.WriteAllText(PlanPath, SealedJson.Indented(plan));
    }
}
