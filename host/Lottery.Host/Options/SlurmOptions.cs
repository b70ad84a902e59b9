using System.ComponentModel.DataAnnotations;

namespace Lottery.Host.Options;

/// <summary>Lottery:Sweep:Slurm: the #SBATCH settings of a sweep's job array (empty values are left to the cluster's defaults).</summary>
public sealed class SlurmOptions
{
    /// <summary>#SBATCH --partition; empty: the cluster's default partition.</summary>
    public string Partition { get; set; } = "";

    /// <summary>#SBATCH --time, Slurm's format (e.g. "02:00:00" or "1-00:00:00"); empty: the partition's limit.</summary>
    public string Time { get; set; } = "";

    /// <summary>#SBATCH --cpus-per-task; 0: Lottery:Threads, or 1 when that is 0.</summary>
    [Range(0, 1024, ErrorMessage = "expected a CPU count, 0 for Lottery:Threads")]
    public int CpusPerTask { get; set; }

    /// <summary>#SBATCH --mem (e.g. "4G"); empty: the cluster's default.</summary>
    public string Memory { get; set; } = "";

    /// <summary>#SBATCH --gpus-per-task; 0: none.</summary>
    [Range(0, 64, ErrorMessage = "expected a GPU count, 0 for none")]
    public int Gpus { get; set; }

    /// <summary>
    /// Seconds before the time limit at which Slurm sends SIGTERM (#SBATCH --signal=B:TERM@N), so the run writes its
    /// checkpoint and exits 130, and the requeued task resumes there.
    /// </summary>
    [Range(10, 86400, ErrorMessage = "expected seconds from 10 to 86400")]
    public int SignalSeconds { get; set; } = 120;

    /// <summary>More #SBATCH lines, as written after "#SBATCH " (e.g. "--account=lab").</summary>
    public List<string> ExtraLines { get; set; } = new();
}
