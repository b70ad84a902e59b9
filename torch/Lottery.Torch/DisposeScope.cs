using static Lottery.Torch.torch;

namespace Lottery.Torch;

/// <summary>
/// Collects every tensor created while it is the current scope and frees them all when disposed,
/// except those moved out (<see cref="MoveToOuter{T}(T)"/>, <see cref="Tensor.MoveToOuterDisposeScope"/>)
/// or detached (<see cref="Tensor.DetachFromDisposeScope"/>).
/// </summary>
/// <remarks>
/// The current scope is an <see cref="AsyncLocal{T}"/>, so it follows async code: tensors created after
/// an await that resumed on another thread still land in the scope that was current before it, and
/// tasks started inside a scope register into it (registration is thread-safe).
/// </remarks>
public sealed class DisposeScope : IDisposable
{
    private static readonly AsyncLocal<DisposeScope?> current = new();

    private readonly object gate = new();
    private HashSet<Tensor> tensors = new(ReferenceEqualityComparer.Instance);
    private bool disposed;

    internal DisposeScope()
    {
        Outer = current.Value;
        current.Value = this;
    }

    /// <summary>The scope that was current when this one was opened, or null.</summary>
    public DisposeScope? Outer { get; }

    internal static DisposeScope? Current => current.Value;

    /// <summary>How many live tensors this scope will free when disposed.</summary>
    public int Count
    {
        get
        {
            lock (gate) return tensors.Count;
        }
    }

    /// <summary>Hands the tensor to the enclosing scope (or to no scope) and returns it.</summary>
    public T MoveToOuter<T>(T tensor) where T : Tensor
    {
        Forget(tensor);
        Outer?.Add(tensor);
        return tensor;
    }

    /// <summary>Frees every tensor still owned by the scope and makes the enclosing scope current again.</summary>
    public void Dispose()
    {
        HashSet<Tensor> owned;
        lock (gate)
        {
            if (disposed) return;
            disposed = true;
            owned = tensors;
            tensors = new HashSet<Tensor>(ReferenceEqualityComparer.Instance);
        }
        if (ReferenceEquals(current.Value, this)) current.Value = Outer;
        foreach (var tensor in owned)
        {
            tensor.OwningScope = null;
            tensor.Dispose();
        }
    }

    internal static void RegisterInCurrent(Tensor tensor) => current.Value?.Add(tensor);

    internal void Add(Tensor tensor)
    {
        lock (gate)
        {
            if (disposed)
            {
                throw new InvalidOperationException("cannot register a tensor in a dispose scope that was already disposed");
            }
            tensors.Add(tensor);
            tensor.OwningScope = this;
        }
    }

    internal void Forget(Tensor tensor)
    {
        lock (gate)
        {
            if (tensors.Remove(tensor)) tensor.OwningScope = null;
        }
    }
}
