using Lottery.Contracts.Tickets;
using static Lottery.Plugins.Pruning.Tests.TinyNetworks;

namespace Lottery.Plugins.Pruning.Tests;

/// <summary>SNIP, GraSP and SynFlow scores of tiny networks against the formulas worked out by hand, in doubles.</summary>
public sealed class HandComputedScoreTests
{
    private static readonly float[] W = [0.5f, -1.0f, 0.25f, 0.75f];
    private static readonly float[] B = [0.1f, -0.2f];
    private static readonly float[][] X = [[1.0f, 2.0f], [-0.5f, 1.5f], [2.0f, -1.0f]];
    private static readonly long[] Y = [1, 0, 0];

    private static FixedBatches Data() => new(tensor(X.SelectMany(x => x).ToArray(), [X.Length, 2]), tensor(Y));

    /// <summary>softmax((W x + b) / temperature) of each example.</summary>
    private static double[][] Probabilities(double temperature) => X.Select(x =>
    {
        var z = Enumerable.Range(0, 2).Select(i => (W[2 * i] * x[0] + W[2 * i + 1] * x[1] + B[i]) / temperature).ToArray();
        var e = z.Select(v => Math.Exp(v - z.Max())).ToArray();
        return e.Select(v => v / e.Sum()).ToArray();
    }).ToArray();

    /// <summary>dL/dW of the mean cross-entropy: (1/N) sum_n (p_n - onehot(y_n)) x_n^T / T.</summary>
    private static double[] Gradient(double temperature)
    {
        var p = Probabilities(temperature);
        var g = new double[4];
        for (var n = 0; n < X.Length; n++)
        {
            for (int i = 0; i < 2; i++)
            {
                for (int j = 0; j < 2; j++) g[2 * i + j] += (p[n][i] - (Y[n] == i ? 1 : 0)) * X[n][j] / temperature / X.Length;
            }
        }
        return g;
    }

    private static void AssertClose(double[] expected, Tensor actual, double tolerance = 1e-5)
    {
        var values = Values(actual);
        Assert.Equal(expected.Length, values.Length);
        for (var i = 0; i < expected.Length; i++) Assert.True(Math.Abs(expected[i] - values[i]) <= tolerance * Math.Max(1, Math.Abs(expected[i])), $"entry {i}: expected {expected[i]}, got {values[i]}");
    }

    /// <summary>Scores divided by |their sum| (+ epsilon), as Synaptic-Flow normalises them.</summary>
    private static double[] Normalised(double[] scores, double epsilon) => scores.Select(s => s / (Math.Abs(scores.Sum()) + epsilon)).ToArray();

    [Fact]
    public void Snip_scores_are_the_connection_sensitivities()
    {
        using var model = Linear2(W, B);
        using var data = Data();
        using var current = KeepAll(model, "weight");
        using var scope = NewDisposeScope();
        var g = Gradient(1);
        var scores = new SnipPruner(new GradientScoreOptions()).Scores(Context(model, current, 0.5, data));
        AssertClose(Normalised(g.Select((gi, k) => Math.Abs(gi * W[k])).ToArray(), 0), scores["weight"]);
    }

    [Fact]
    public void Grasp_scores_are_the_weights_times_the_hessian_gradient_product()
    {
        const double temperature = 2;
        using var model = Linear2(W, B);
        using var data = Data();
        using var current = KeepAll(model, "weight");
        using var scope = NewDisposeScope();
        // H = (1/N) sum_n (diag(p_n) - p_n p_n^T) ⊗ x_n x_n^T / T^2, so (Hg)_ij = (1/N) sum_n sum_k A_ik x_j (x . g_k) / T^2.
        var p = Probabilities(temperature);
        var g = Gradient(temperature);
        var hg = new double[4];
        for (var n = 0; n < X.Length; n++)
        {
            for (int i = 0; i < 2; i++)
            {
                for (int j = 0; j < 2; j++)
                {
                    for (int k = 0; k < 2; k++)
                    {
                        var a = (i == k ? p[n][i] : 0) - p[n][i] * p[n][k];
                        var xg = X[n][0] * g[2 * k] + X[n][1] * g[2 * k + 1];
                        hg[2 * i + j] += a * X[n][j] * xg / (temperature * temperature) / X.Length;
                    }
                }
            }
        }
        var scores = new GraspPruner(new GraspOptions { Temperature = temperature }).Scores(Context(model, current, 0.5, data));
        AssertClose(Normalised(hg.Select((h, k) => W[k] * h).ToArray(), 1e-10), scores["weight"], 1e-4);
    }

    [Fact]
    public void Grasp_keeps_the_largest_scores()
    {
        using var model = Linear2(W, B);
        using var data = Data();
        using var current = KeepAll(model, "weight");
        using var scope = NewDisposeScope();
        var pruner = new GraspPruner(new GraspOptions { Temperature = 2 });
        var scores = Values(pruner.Scores(Context(model, current, 0.5, data))["weight"]);
        using var mask = pruner.Prune(Context(model, current, 0.5, data));
        var largest = scores.Select((s, i) => (s, i)).OrderByDescending(x => x.s).Take(2).Select(x => x.i).ToHashSet();
        Assert.Equal(Enumerable.Range(0, 4).Select(largest.Contains).ToArray(), mask["weight"].flatten().data<bool>());
    }

    [Fact]
    public void Synflow_scores_are_each_weights_share_of_the_flow_through_the_linearised_network()
    {
        float[] a = [0.5f, -1f, 2f, -0.25f, 0.75f, 1.5f], aBias = [0.1f, -0.3f], b = [1f, -2f, 0.5f, 0.25f], bBias = [-0.5f, 0.2f];
        using var model = TwoLinear(a, aBias, b, bBias);
        using var data = new FixedBatches(zeros(4, 3), zeros([4], ScalarType.Int64));
        using var current = KeepAll(model, "a.weight", "b.weight");
        using var scope = NewDisposeScope();
        // Input ones: h_i = sum_j |a_ij| + |aBias_i|; R = sum_k sum_i |b_ki| h_i + sum |bBias|.
        var h = Enumerable.Range(0, 2).Select(i => (double)Math.Abs(a[3 * i]) + Math.Abs(a[3 * i + 1]) + Math.Abs(a[3 * i + 2]) + Math.Abs(aBias[i])).ToArray();
        var column = Enumerable.Range(0, 2).Select(i => (double)Math.Abs(b[i]) + Math.Abs(b[2 + i])).ToArray();
        var scores = SynFlowPruner.Scores(Context(model, current, 0.5, data));
        AssertClose(a.Select((w, k) => Math.Abs(w) * column[k / 3]).ToArray(), scores["a.weight"]);
        AssertClose(b.Select((w, k) => Math.Abs(w) * h[k % 2]).ToArray(), scores["b.weight"]);
        // The model is left as it was: signs, dtype and all.
        Assert.Equal(a, Parameter(model, "a.weight").flatten().data<float>());
    }

    [Fact]
    public void Synflow_rescoring_zeroes_the_weights_pruned_so_far()
    {
        float[] a = [0.5f, -1f, 2f, -0.25f, 0.75f, 1.5f], aBias = [0f, 0f], b = [1f, -2f, 0.5f, 0.25f], bBias = [0f, 0f];
        using var model = TwoLinear(a, aBias, b, bBias);
        using var data = new FixedBatches(zeros(4, 3), zeros([4], ScalarType.Int64));
        using var scope = NewDisposeScope();
        // a's second row pruned: h = (3.5, 0) so b's second column scores 0.
        using var current = new Mask([
            KeyValuePair.Create("a.weight", tensor(new[] { true, true, true, false, false, false }, [2, 3])),
            KeyValuePair.Create("b.weight", ones([2, 2], ScalarType.Bool))]);
        var scores = SynFlowPruner.Scores(Context(model, current, 0.5, data));
        AssertClose([3.5, 0, 0.5 * 3.5, 0], scores["b.weight"]);
    }
}
