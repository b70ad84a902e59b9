using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Contracts.Tickets;

/// <summary>
/// Named tensors in a fixed order that own their tensors: what <see cref="StateDict"/> and <see cref="Mask"/> share.
/// A tensor stored here leaves any dispose scope; storing another under the same name frees the one it replaces, and
/// disposing frees them all. Added in contracts 1.2.
/// </summary>
public abstract class NamedTensors : IDisposable
{
    // Only this assembly's Mask and StateDict derive from it.
    private protected NamedTensors()
    {
    }

    private readonly OrderedDictionary<string, Tensor> tensors = new();

    /// <summary>What a lookup of a missing name calls this collection ("state dict", "mask").</summary>
    private protected abstract string Kind { get; }

    public IReadOnlyDictionary<string, Tensor> Tensors => tensors;

    public IEnumerable<string> Names => tensors.Keys;

    public Tensor this[string name] =>
        tensors.TryGetValue(name, out var t) ? t : throw new KeyNotFoundException($"{Kind} has no tensor '{name}'");

    /// <summary>Stores tensor under name, taking ownership and freeing any tensor stored there before.</summary>
    private protected void Store(string name, Tensor tensor)
    {
        tensor.DetachFromDisposeScope();
        if (tensors.TryGetValue(name, out var old) && !ReferenceEquals(old, tensor)) old.Dispose();
        tensors[name] = tensor;
    }

    /// <summary>Detached clones of every tensor, in order, in the caller's dispose scope (for a copy to take).</summary>
    private protected IEnumerable<KeyValuePair<string, Tensor>> Clones()
    {
        using var noGrad = no_grad();
        return tensors.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.clone())).ToList();
    }

    public void Dispose()
    {
        foreach (var tensor in tensors.Values) tensor.Dispose();
        tensors.Clear();
        GC.SuppressFinalize(this);
    }
}
