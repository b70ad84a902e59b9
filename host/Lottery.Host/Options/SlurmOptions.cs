using System.ComponentModel.DataAnnotations;

namespace Lottery.Host.Options;

/// <summary>
/// Lottery:Sweep:Slurm: the #SBATCH settings of a sweep's job array (empty values are left to the cluster's defaults).
/// Each value becomes a line of the job script, so none may hold a line break (or a quote, where the script quotes it).
/// </summary>
public sealed class SlurmOptions : IValidatableObject
{
    /// <summary>#SBATCH --partition; empty: the cluster's default partition.</summary>
    [RegularExpression("^[A-Za-z0-9_.,-]*$", ErrorMessage = "expected a partition name (or several, comma-separated), empty for the cluster's default")]
    public string Partition { get; set; } = "";

    /// <summary>#SBATCH --time, Slurm's format (e.g. "02:00:00" or "1-00:00:00"); empty: the partition's limit.</summary>
    [RegularExpression("^[0-9:-]*$", ErrorMessage = "expected a time limit in Slurm's format, e.g. 02:00:00 or 1-00:00:00, empty for the partition's")]
    public string Time { get; set; } = "";

    /// <summary>#SBATCH --cpus-per-task; 0: Lottery:Threads, or 1 when that is 0. Each point runs at this many threads.</summary>
    [Range(0, 1024, ErrorMessage = "expected a CPU count, 0 for Lottery:Threads")]
    public int CpusPerTask { get; set; }

    /// <summary>#SBATCH --mem (e.g. "4G"); empty: the cluster's default.</summary>
    [RegularExpression("^([0-9]+[KMGT]?)?$", ErrorMessage = "expected memory in Slurm's format, e.g. 4000 (MB) or 4G, empty for the cluster's default")]
    public string Memory { get; set; } = "";

    /// <summary>#SBATCH --gpus-per-task; 0: none.</summary>
    [Range(0, 64, ErrorMessage = "expected a GPU count, 0 for none")]
    public int Gpus { get; set; }

    /// <summary>
    /// Seconds before the time limit at which Slurm warns the task (#SBATCH --signal=B:USR1@N): the job script stops the
    /// run (SIGTERM: it writes its checkpoint and exits 130) and requeues the task, which resumes there.
    /// </summary>
    [Range(10, 86400, ErrorMessage = "expected seconds from 10 to 86400")]
    public int SignalSeconds { get; set; } = 120;

    /// <summary>More #SBATCH lines, as written after "#SBATCH " (e.g. "--account=lab").</summary>
    public List<string> ExtraLines { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (line, index) in ExtraLines.Select((line, index) => (line, index)))
        {
            if (!line.StartsWith('-') || line.Any(char.IsControl))
            {
                yield return new ValidationResult($"line {index} ('{line}'): expected one sbatch option on one line, e.g. --account=lab", [nameof(ExtraLines)]);
            }
        }
    }
}
