using static Lottery.Torch.torch;

namespace Lottery.Torch.Optim;

/// <summary>
/// The base of the optimizers (PyTorch's torch.optim.Optimizer): parameter groups with their own
/// hyperparameters, per-parameter state owned by the optimizer, and state save/load. A subclass gives only the
/// update of one parameter. Parameters are numbered across groups in order; state is saved under those numbers.
/// </summary>
public abstract class Optimizer : IDisposable
{
    private readonly Type optionsType;
    private readonly List<ParamGroup> groups = [];
    private readonly List<ParameterState> states = [];
    private readonly HashSet<Tensor> known = new(ReferenceEqualityComparer.Instance);
    private bool disposed;

    /// <param name="param_groups">The groups; each group's options must be an optionsType.</param>
    /// <param name="optionsType">The options record this algorithm reads.</param>
    protected Optimizer(IEnumerable<ParamGroup> param_groups, Type optionsType)
    {
        ArgumentNullException.ThrowIfNull(param_groups);
        this.optionsType = optionsType;
        foreach (var group in param_groups) add_param_group(group);
        if (states.Count == 0) throw new ArgumentException("optimizer got an empty parameter list", nameof(param_groups));
    }

    public IReadOnlyList<ParamGroup> param_groups => groups;

    /// <summary>Adds a group, e.g. layers unfrozen during fine-tuning; its parameters take the next numbers.</summary>
    public void add_param_group(ParamGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        ThrowIfDisposed();
        if (!optionsType.IsInstanceOfType(group.Options))
        {
            throw new ArgumentException($"{GetType().Name} takes {optionsType.Name}, not {group.Options.GetType().Name}");
        }
        foreach (var parameter in group.Parameters)
        {
            if (!parameter.is_leaf) throw new ArgumentException("can't optimize a non-leaf tensor");
            if (known.Contains(parameter)) throw new ArgumentException("a parameter appears more than once in the parameter groups");
        }
        foreach (var parameter in group.Parameters)
        {
            known.Add(parameter);
            states.Add(new ParameterState());
        }
        groups.Add(group);
    }

    /// <summary>Updates every parameter that has a gradient; parameters without one keep their value and state.</summary>
    public void step()
    {
        ThrowIfDisposed();
        using var noGrad = no_grad();
        var index = 0;
        foreach (var group in groups)
        {
            foreach (var parameter in group.Parameters)
            {
                var state = states[index++];
                // One scope per parameter frees its temporaries (and the gradient handle) before the next, so a
                // step's peak memory is one parameter's worth, as with PyTorch's reference counting.
                using var scope = NewDisposeScope();
                var grad = parameter.grad;
                if (grad is null) continue;
                state.step++;
                Update(group.Options, parameter, grad, state);
            }
        }
    }

    /// <summary>
    /// Clears the gradients: by default sets them to None (PyTorch's set_to_none=True), which frees them and
    /// lets the next backward write instead of accumulate; otherwise zeroes them in place.
    /// </summary>
    public void zero_grad(bool set_to_none = true)
    {
        ThrowIfDisposed();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        foreach (var parameter in groups.SelectMany(g => g.Parameters))
        {
            if (set_to_none)
            {
                parameter.grad = null;
                continue;
            }
            var grad = parameter.grad;
            if (grad is null) continue;
            // A gradient built with create_graph carries history; PyTorch detaches it before zeroing.
            if (grad.requires_grad) parameter.grad = zeros_like(grad);
            else grad.zero_();
        }
    }

    /// <summary>
    /// A copy of the state (hyperparameters of every group, step counts and buffers), independent of later
    /// steps. Its tensors are created in the current dispose scope, like any result; disposing it frees them.
    /// </summary>
    public OptimizerState state_dict()
    {
        ThrowIfDisposed();
        using var noGrad = no_grad();
        var groupStates = groups.Select(g => new ParamGroupState(g.Parameters.Count, Hyperparameters.Of(g.Options), g.initial_lr)).ToArray();
        var steps = new Dictionary<int, long>();
        var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        for (var i = 0; i < states.Count; i++)
        {
            if (states[i].step == 0 && states[i].Buffers.Count == 0) continue;
            steps[i] = states[i].step;
            foreach (var (name, buffer) in states[i].Buffers) tensors[OptimizerState.TensorKey(i, name)] = buffer.clone();
        }
        return new OptimizerState(GetType().Name, groupStates, steps, tensors);
    }

    /// <summary>
    /// Continues from a saved state: group hyperparameters, step counts and buffers (copied to each parameter's
    /// dtype and device). Everything is checked first; a mismatch throws naming it and changes nothing.
    /// </summary>
    public void load_state_dict(OptimizerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        ThrowIfDisposed();
        var parameters = groups.SelectMany(g => g.Parameters).ToArray();
        CheckMatches(state, parameters);
        var options = groups.Select((g, i) => Hyperparameters.Create(g.Options.GetType(), state.Groups[i].Hyperparameters)).ToArray();
        var buffers = state.Tensors.Select(entry => (Key: OptimizerState.ParseTensorKey(entry.Key, parameters.Length), Tensor: entry.Value)).ToArray();
        foreach (var ((index, name), tensor) in buffers)
        {
            if (!tensor.shape.SequenceEqual(parameters[index].shape))
            {
                throw new ArgumentException($"state tensor '{OptimizerState.TensorKey(index, name)}' has shape " +
                    $"[{string.Join(", ", tensor.shape)}] but parameter {index} has shape [{string.Join(", ", parameters[index].shape)}]");
            }
        }

        using var noGrad = no_grad();
        for (var g = 0; g < groups.Count; g++)
        {
            groups[g].Options = options[g];
            groups[g].initial_lr = state.Groups[g].InitialLr;
        }
        foreach (var parameterState in states) parameterState.Dispose();
        foreach (var (index, step) in state.Steps) states[index].step = step;
        foreach (var ((index, name), tensor) in buffers)
        {
            var parameter = parameters[index];
            states[index].Set(name, tensor.to(parameter.device, parameter.dtype, copy: true));
        }
    }

    /// <summary>
    /// Zeroes every state buffer of one parameter (momentum, moment estimates) at the positions marked true, as
    /// dynamic sparse training does for the weights it grows (RigL's reset_momentum): a grown weight starts without the
    /// history its position gathered while it was pruned. A parameter without state yet is left as it is.
    /// </summary>
    public void reset_state_at(Tensor parameter, Tensor positions)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(positions);
        ThrowIfDisposed();
        var index = groups.SelectMany(g => g.Parameters).ToList().FindIndex(p => ReferenceEquals(p, parameter));
        if (index < 0) throw new ArgumentException("the parameter is not one this optimizer updates", nameof(parameter));
        using var noGrad = no_grad();
        foreach (var buffer in states[index].Buffers.Values) buffer.masked_fill_(positions.to(buffer.device), 0);
    }

    /// <summary>Frees the state buffers; the parameters belong to their owner and stay.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        foreach (var state in states) state.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Updates one parameter in place from its gradient; runs under no_grad inside a dispose scope.</summary>
    protected abstract void Update(OptimizerOptions options, Tensor parameter, Tensor grad, ParameterState state);

    private void CheckMatches(OptimizerState state, Tensor[] parameters)
    {
        if (state.Optimizer != GetType().Name)
        {
            throw new ArgumentException($"the state was saved by {state.Optimizer}; it cannot be loaded into {GetType().Name}");
        }
        var saved = state.Groups.Select(g => g.ParameterCount).ToArray();
        var present = groups.Select(g => g.Parameters.Count).ToArray();
        if (!saved.SequenceEqual(present))
        {
            throw new ArgumentException($"parameter count mismatch: the state has {saved.Sum()} parameters in groups " +
                $"[{string.Join(", ", saved)}] but this optimizer has {parameters.Length} in groups [{string.Join(", ", present)}]");
        }
        var outOfRange = state.Steps.Keys.Where(i => i < 0 || i >= parameters.Length).ToArray();
        if (outOfRange.Length > 0)
        {
            throw new ArgumentException($"the state has step counts for parameters {string.Join(", ", outOfRange)}, " +
                $"but there are only {parameters.Length}");
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(disposed, this);
}
