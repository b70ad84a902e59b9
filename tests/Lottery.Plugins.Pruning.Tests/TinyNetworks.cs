using Lottery.Contracts.Data;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Torch.Modules;
using static Lottery.Torch.torch.nn;

namespace Lottery.Plugins.Pruning.Tests;

/// <summary>
/// The same examples every time they are asked for, in their order (whatever the order generator) and in batches of the
/// size asked: scores computed by hand can use them. Records whether augmented batches were asked for.
/// </summary>
public sealed class FixedBatches(Tensor inputs, Tensor labels) : IBatchSource, IDisposable
{
    public long Count => inputs.shape[0];

    /// <summary>The augment argument of the last call (this source has no augmentation to apply).</summary>
    public bool? AskedForAugmentation { get; private set; }

    public IEnumerable<Batch> Batches(int batchSize, Generator? order = null, bool augment = false)
    {
        AskedForAugmentation = augment;
        for (long start = 0; start < Count; start += batchSize)
        {
            var length = Math.Min(batchSize, Count - start);
            yield return new Batch(inputs.narrow(0, start, length).clone(), labels.narrow(0, start, length).clone());
        }
    }

    public void Dispose()
    {
        inputs.Dispose();
        labels.Dispose();
    }
}

/// <summary>Networks small enough to score by hand, and one with a conv and BatchNorm for the density checks.</summary>
public static class TinyNetworks
{
    /// <summary>One linear layer 2 -> 2 with the given weight (row-major) and bias.</summary>
    public static Linear Linear2(float[] weight, float[] bias)
    {
        var layer = Linear(2, 2);
        Set(layer, ("weight", tensor(weight, [2, 2])), ("bias", tensor(bias, [2])));
        return layer;
    }

    /// <summary>Linear 3 -> 2 ("a") then linear 2 -> 2 ("b"), no activation.</summary>
    public static Sequential TwoLinear(float[] a, float[] aBias, float[] b, float[] bBias)
    {
        var network = Sequential(("a", Linear(3, 2)), ("b", Linear(2, 2)));
        Set(network, ("a.weight", tensor(a, [2, 3])), ("a.bias", tensor(aBias, [2])), ("b.weight", tensor(b, [2, 2])), ("b.bias", tensor(bBias, [2])));
        return network;
    }

    /// <summary>conv 1 -> 4 (3x3) + BatchNorm + ReLU, then linear 64 -> 3, for 1x6x6 inputs: 36 + 192 prunable weights.</summary>
    public static Sequential ConvNet(ulong seed)
    {
        manual_seed(seed);
        return Sequential(("conv", Conv2d(1, 4, 3)), ("bn", BatchNorm2d(4)), ("relu", ReLU()), ("flatten", Flatten()), ("fc", Linear(64, 3)));
    }

    /// <summary>
    /// fc1 (2 -> 3), BatchNorm1d with running statistics far from the batches' own, ReLU, fc2 (3 -> 2): fixed values, the
    /// network the SNIP and GraSP reference scores were computed on.
    /// </summary>
    public static Sequential BatchNormNet()
    {
        var network = Sequential(("fc1", Linear(2, 3)), ("bn", BatchNorm1d(3)), ("relu", ReLU()), ("fc2", Linear(3, 2)));
        Set(network,
            ("fc1.weight", tensor(new[] { 0.5f, -0.4f, 0.3f, 0.8f, -0.6f, 0.2f }, [3, 2])), ("fc1.bias", tensor(new[] { 0.1f, -0.1f, 0.05f })),
            ("bn.weight", tensor(new[] { 1.2f, 0.7f, 0.9f })), ("bn.bias", tensor(new[] { 0.1f, 0.3f, 0.2f })),
            ("bn.running_mean", tensor(new[] { 0.2f, -0.1f, 0.05f })), ("bn.running_var", tensor(new[] { 0.5f, 1.5f, 0.8f })),
            ("fc2.weight", tensor(new[] { 0.7f, -0.5f, 0.4f, -0.3f, 0.6f, 0.9f }, [2, 3])), ("fc2.bias", tensor(new[] { 0.05f, -0.05f })));
        return network;
    }

    /// <summary>The four examples <see cref="BatchNormNet"/>'s reference scores were computed on, two classes.</summary>
    public static FixedBatches BatchNormData() =>
        new(tensor(new[] { 1.0f, 0.5f, -0.8f, 1.2f, 0.3f, -1.1f, 1.5f, 0.9f }, [4, 2]), tensor(new long[] { 0, 1, 1, 0 }));

    public static FixedBatches ConvData(ulong seed)
    {
        using var generator = new Generator(seed);
        return new FixedBatches(randn([8, 1, 6, 6], generator: generator), randint(0, 3, [8], generator: generator));
    }

    public static Mask KeepAll(Module model, params string[] names)
    {
        using var weights = StateDict.FromModule(model);
        return Mask.KeepAll(weights, names);
    }

    public static PruningContext Context(Module<Tensor, Tensor> model, Mask current, double density, IBatchSource? data) =>
        new(model, current, density, current.Names.ToList(), new HashSet<string>(), data, CPU, 7);

    /// <summary>A parameter by its dotted name.</summary>
    public static Tensor Parameter(Module model, string name) => model.named_parameters().Single(p => p.name == name).parameter;

    public static double[] Values(Tensor t)
    {
        using var scope = NewDisposeScope();
        return t.to(float64).flatten().data<double>().ToArray();
    }

    private static void Set(Module module, params (string Name, Tensor Value)[] values)
    {
        using var scope = NewDisposeScope();
        module.load_state_dict(values.ToDictionary(v => v.Name, v => v.Value), strict: false);
    }
}
