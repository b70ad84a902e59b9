namespace Lottery.Host.Sweeps;

/// <summary>Where a point stands, read from its run directory and the sweep's own records.</summary>
public enum PointState
{
    /// <summary>Not run yet, or stopped before it finished (it resumes from its checkpoint).</summary>
    ToDo,

    /// <summary>A live process holds its run directory's lock (or its Slurm task is queued or running).</summary>
    Running,

    /// <summary>Its run finished under exactly this point's configuration (the run directory's completion record).</summary>
    Done,

    /// <summary>Its last run ended in an error (exit code other than 0 and 130); it is tried again by the next sweep.</summary>
    Failed,
}
