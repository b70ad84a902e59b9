using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Contracts.Tickets;

/// <summary>
/// Named tensors in a fixed order (a network's parameters and persistent buffers), owning its tensors:
/// disposing it frees them. Built from a module as a deep copy, so it survives later training steps.
/// </summary>
public sealed class StateDict : NamedTensors
{
    public StateDict()
    {
    }

    /// <summary>Takes ownership of the given tensors (they leave any dispose scope).</summary>
    public StateDict(IEnumerable<KeyValuePair<string, Tensor>> entries)
    {
        foreach (var (name, tensor) in entries) Set(name, tensor);
    }

    private protected override string Kind => "state dict";

    public int Count => Tensors.Count;

    public bool Contains(string name) => Tensors.ContainsKey(name);

    /// <summary>Stores tensor under name, taking ownership and freeing any tensor stored there before.</summary>
    public void Set(string name, Tensor tensor) => Store(name, tensor);

    /// <summary>A deep copy of a module's state_dict (detached clones).</summary>
    public static StateDict FromModule(nn.Module module)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return new StateDict(module.state_dict().Select(pair => KeyValuePair.Create(pair.Key, pair.Value.clone())));
    }

    /// <summary>Copies these values into the module (strict: the names must match exactly).</summary>
    public void LoadInto(nn.Module module) => module.load_state_dict(Tensors, strict: true);

    public StateDict Clone() => new(Clones());
}
