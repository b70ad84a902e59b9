using System.Diagnostics.CodeAnalysis;
using static Lottery.Torch.torch;

namespace Lottery.Torch.Optim;

/// <summary>
/// What an optimizer keeps for one parameter: named buffers (momentum, moment estimates) and how many updates
/// the parameter has received. The buffers belong to the optimizer: they are taken out of every dispose scope
/// (a step's scope must not free them) and freed when the optimizer is disposed or loads other state.
/// </summary>
public sealed class ParameterState : IDisposable
{
    private readonly Dictionary<string, Tensor> buffers = new(StringComparer.Ordinal);

    /// <summary>Updates applied to the parameter so far (PyTorch's state['step']); 0 before the first.</summary>
    public long step { get; internal set; }

    public IReadOnlyDictionary<string, Tensor> Buffers => buffers;

    public bool TryGet(string name, [NotNullWhen(true)] out Tensor? buffer) => buffers.TryGetValue(name, out buffer);

    public Tensor GetOrAdd(string name, Func<Tensor> create)
    {
        if (!buffers.TryGetValue(name, out var buffer))
        {
            buffer = create();
            Set(name, buffer);
        }
        return buffer;
    }

    /// <summary>Stores value under name and takes ownership of it; a buffer it replaces is freed.</summary>
    public void Set(string name, Tensor value)
    {
        value.DetachFromDisposeScope();
        if (buffers.TryGetValue(name, out var previous) && !ReferenceEquals(previous, value)) previous.Dispose();
        buffers[name] = value;
    }

    /// <summary>Frees the buffers and forgets the step count.</summary>
    public void Dispose()
    {
        foreach (var buffer in buffers.Values) buffer.Dispose();
        buffers.Clear();
        step = 0;
    }
}
