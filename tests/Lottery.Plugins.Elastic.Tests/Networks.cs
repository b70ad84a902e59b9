using Lottery.Contracts.Architectures;
using Lottery.Contracts.Tickets;
using Lottery.Contracts.Transform;
using Lottery.Plugins.Vision.Architectures;

namespace Lottery.Plugins.Elastic.Tests;

/// <summary>Real networks of the vision plugin, and tickets on them whose every tensor is distinct.</summary>
public static class Networks
{
    public static ArchitectureModel CifarResNet(string variant) =>
        new CifarResNetArchitecture(new CifarResNetOptions()).Create(new ArchitectureSpec(CifarResNetArchitecture.Name, variant, [1, 8, 8], 10));

    public static ArchitectureModel ResNet(string variant) =>
        new ResNetArchitecture(new ResNetOptions()).Create(new ArchitectureSpec(ResNetArchitecture.Name, variant, [3, 8, 8], 10));

    public static ArchitectureModel CifarVgg(string variant) =>
        new CifarVggArchitecture(new CifarVggOptions()).Create(new ArchitectureSpec(CifarVggArchitecture.Name, variant, [3, 32, 32], 10));

    /// <summary>
    /// A ticket whose weights and BatchNorm statistics are all random (so no two tensors are equal by chance) and
    /// whose mask keeps about half of each prunable tensor but the output layer's, which it leaves unmasked.
    /// </summary>
    public static Ticket RandomTicket(ArchitectureModel model, int seed)
    {
        using var scope = NewDisposeScope();
        using var generator = new Generator((ulong)seed);
        var weights = new StateDict(model.Network.state_dict().Select(pair => KeyValuePair.Create(pair.Key,
            pair.Value.dtype == ScalarType.Float32 ? rand_like(pair.Value, generator) : pair.Value.clone())));
        var mask = new Mask(model.PrunableTensors.Except(model.OutputLayerTensors)
            .Select(name => KeyValuePair.Create(name, rand_like(weights[name], generator).lt(0.5))));
        return new Ticket(model.Spec, weights, mask, new TicketProvenance("test", 3, "imp"));
    }

    public static TransformContext Context(Ticket source, ArchitectureModel sourceModel, ArchitectureModel target) => new(source, sourceModel, target);

    /// <summary>Same shape, dtype and values, exactly.</summary>
    public static bool Equal(Tensor a, Tensor b)
    {
        if (!a.shape.SequenceEqual(b.shape) || a.dtype != b.dtype) return false;
        using var scope = NewDisposeScope();
        return a.eq(b).all().item<bool>();
    }
}
