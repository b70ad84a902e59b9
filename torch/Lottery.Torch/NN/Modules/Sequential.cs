using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Torch.Modules;

/// <summary>
/// Runs its modules in order. Intermediate results are disposed as soon as the next module has
/// consumed them, so a deep stack does not hold every activation's handle until the scope ends
/// (autograd keeps what it needs alive natively).
/// </summary>
public sealed class Sequential : Module<Tensor, Tensor>
{
    private readonly List<Module<Tensor, Tensor>> layers = new();

    public Sequential(params Module<Tensor, Tensor>[] modules)
    {
        foreach (var module in modules) append(module);
    }

    public Sequential(params (string name, Module<Tensor, Tensor> module)[] namedModules)
    {
        foreach (var (name, module) in namedModules)
        {
            register_module(name, module);
            layers.Add(module);
        }
    }

    public int Count => layers.Count;

    public Module<Tensor, Tensor> this[int index] => layers[index];

    public Sequential append(Module<Tensor, Tensor> module)
    {
        register_module(layers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), module);
        layers.Add(module);
        return this;
    }

    public override Tensor forward(Tensor input)
    {
        if (layers.Count == 0) return input.alias();
        var current = layers[0].call(input);
        for (var i = 1; i < layers.Count; i++)
        {
            var next = layers[i].call(current);
            // The caller's input is theirs to dispose; in-place layers return their input unchanged.
            if (!ReferenceEquals(next, current) && !ReferenceEquals(current, input)) current.Dispose();
            current = next;
        }
        return current;
    }
}

/// <summary>An indexed list of modules registered as children "0", "1", ...</summary>
public sealed class ModuleList<T> : Module, IReadOnlyList<T> where T : Module
{
    private readonly List<T> items = new();

    public ModuleList(params T[] modules)
    {
        foreach (var module in modules) Add(module);
    }

    public int Count => items.Count;

    public T this[int index] => items[index];

    public void Add(T module)
    {
        register_module(items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), module);
        items.Add(module);
    }

    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
