namespace Lottery.Plugins.SparseTraining;

/// <summary>
/// The initial density of each tensor for a target density over all of them (rigl/sparse_utils.py, get_sparsities):
/// <c>uniform</c> gives every tensor the target; <c>erk</c> is get_sparsities_erdos_renyi with include_kernel and
/// power scale 1: density_i = eps * sum(shape_i) / prod(shape_i), eps chosen so that the kept weights total the
/// target's, and a tensor whose density would exceed 1 made dense (its weights counted in the total) before eps is
/// found again. Tensors named dense from the start (RigL's dense first layer) are counted in the total the same way, so
/// the others are made sparser and the total stays the target's. No tensor has another custom density here.
/// </summary>
public static class LayerDensities
{
    public const string Uniform = "uniform";
    public const string ErdosRenyiKernel = "erk";

    /// <summary>Each tensor's density; those at the indices in dense are 1 and their weights count in the target's total.</summary>
    public static IReadOnlyList<double> Of(string distribution, IReadOnlyList<long[]> shapes, double targetDensity, IReadOnlySet<int>? dense = null)
    {
        dense ??= new HashSet<int>();
        return distribution switch
        {
            Uniform => UniformOver(shapes, targetDensity, dense),
            ErdosRenyiKernel => Erk(shapes, targetDensity, dense),
            _ => throw new ArgumentException($"Distribution = '{distribution}': expected {Uniform} or {ErdosRenyiKernel}", nameof(distribution)),
        };
    }

    /// <summary>
    /// How many weights of each tensor stay: density_i * N_i rounded down, then corrected one weight per tensor at a time
    /// to exactly round(target * total): the tensors with the largest remainders gain first, those with the smallest lose
    /// first (the earliest first among equals). RigL rounds each
    /// tensor on its own (n - floor(sparsity * n)), which can leave the total a few weights off the target; every
    /// baseline here keeps exactly the target's count. A tensor at density 1 (named in dense, or made dense by ERK) keeps
    /// every weight, as in RigL: the correction falls on the sparse tensors only.
    /// </summary>
    public static IReadOnlyList<long> KeptCounts(IReadOnlyList<long[]> shapes, IReadOnlyList<double> densities, double targetDensity, IReadOnlySet<int>? dense = null)
    {
        var sizes = shapes.Select(Count).ToArray();
        var exact = sizes.Select((n, i) => Math.Min(n, densities[i] * n)).ToArray();
        var counts = exact.Select(value => (long)Math.Floor(value)).ToArray();
        // RigL's floors in eps leave the exact counts a little above the target; the floors below it: one weight at a
        // time, largest remainders gain first and smallest lose first, until the total is exact.
        var missing = (long)Math.Round(targetDensity * sizes.Sum()) - counts.Sum();
        var byRemainder = Enumerable.Range(0, sizes.Length).Where(i => dense?.Contains(i) != true && densities[i] < 1).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).ToList();
        while (missing != 0)
        {
            var step = Math.Sign(missing);
            var order = step > 0 ? byRemainder : Enumerable.Reverse(byRemainder);
            var changed = false;
            foreach (var i in order.Where(i => step > 0 ? counts[i] < sizes[i] : counts[i] > 0))
            {
                if (missing == 0) break;
                counts[i] += step;
                missing -= step;
                changed = true;
            }
            if (!changed) throw Unreachable(targetDensity);
        }
        return counts;
    }

    // The dense tensors' weights are taken from the target's count, the rest spread evenly over the others.
    private static List<double> UniformOver(IReadOnlyList<long[]> shapes, double targetDensity, IReadOnlySet<int> dense)
    {
        // The target itself, not target * N / N, which can be an ulp off and move a floor.
        if (dense.Count == 0) return shapes.Select(_ => targetDensity).ToList();
        var sizes = shapes.Select(Count).ToArray();
        var others = Enumerable.Range(0, sizes.Length).Where(i => !dense.Contains(i)).Sum(i => sizes[i]);
        var density = others == 0 ? 1 : (targetDensity * sizes.Sum() - Enumerable.Range(0, sizes.Length).Where(dense.Contains).Sum(i => sizes[i])) / others;
        if (density < 0) throw Unreachable(targetDensity);
        return Enumerable.Range(0, sizes.Length).Select(i => dense.Contains(i) ? 1.0 : density).ToList();
    }

    private static List<double> Erk(IReadOnlyList<long[]> shapes, double targetDensity, IReadOnlySet<int> denseFromTheStart)
    {
        var sparsity = 1 - targetDensity;
        var dense = new HashSet<int>(denseFromTheStart);
        while (true)
        {
            // eps * sum_i(p_i N_i) = (1 - s) * sum(N of the scaled tensors) - s * sum(N of the dense ones), in RigL's floors.
            double rhs = 0, divisor = 0;
            var raw = new double[shapes.Count];
            for (var i = 0; i < shapes.Count; i++)
            {
                var n = Count(shapes[i]);
                var zeros = (long)Math.Floor(sparsity * n);
                if (dense.Contains(i))
                {
                    rhs -= zeros;
                    continue;
                }
                rhs += n - zeros;
                raw[i] = (double)shapes[i].Sum() / n;
                divisor += raw[i] * n;
            }
            if (divisor == 0) return shapes.Select(_ => 1.0).ToList();
            // Only tensors kept dense from the start can take more than the target's count.
            if (rhs < 0) throw Unreachable(targetDensity);
            var eps = rhs / divisor;
            var maxRaw = Enumerable.Range(0, shapes.Count).Where(i => !dense.Contains(i)).Max(i => raw[i]);
            if (maxRaw * eps <= 1) return Enumerable.Range(0, shapes.Count).Select(i => dense.Contains(i) ? 1.0 : eps * raw[i]).ToList();
            // As RigL: every tensor at the largest raw probability becomes dense, and eps is found again.
            foreach (var i in Enumerable.Range(0, shapes.Count).Where(i => !dense.Contains(i) && raw[i] == maxRaw).ToList()) dense.Add(i);
        }
    }

    private static ArgumentOutOfRangeException Unreachable(double targetDensity) =>
        new(nameof(targetDensity), targetDensity, "the target density cannot be reached over these tensors (with those kept dense)");

    private static long Count(long[] shape) => shape.Aggregate(1L, (product, size) => product * size);
}
