namespace Lottery.Torch;

public static partial class torch
{
    public static partial class nn
    {
        // Registration and enumeration of parameters, buffers and children, with PyTorch's dotted names.
        public abstract partial class Module
        {
            /// <summary>Registers (or replaces, disposing the old one) a parameter; null declares an absent one (bias=False).</summary>
            public void register_parameter(string name, Parameter? parameter)
            {
                CheckName(name);
                if (parameterSlots.TryGetValue(name, out var old) && old != null && !ReferenceEquals(old, parameter)) old.Dispose();
                parameterSlots[name] = parameter;
            }

            /// <summary>
            /// Registers a buffer: state that is not learned (BatchNorm running statistics). Persistent
            /// buffers are part of state_dict. The module takes ownership of the tensor.
            /// </summary>
            public void register_buffer(string name, Tensor? tensor, bool persistent = true)
            {
                CheckName(name);
                tensor?.DetachFromDisposeScope();
                if (bufferSlots.TryGetValue(name, out var old) && old.tensor != null && !ReferenceEquals(old.tensor, tensor)) old.tensor.Dispose();
                bufferSlots[name] = (tensor, persistent);
            }

            public void register_module(string name, Module module)
            {
                CheckName(name);
                childSlots[name] = module;
            }

            /// <summary>The buffer registered under name on this module (not a descendant).</summary>
            public Tensor? get_buffer(string name) =>
                bufferSlots.TryGetValue(name, out var slot) ? slot.tensor : throw new KeyNotFoundException($"no buffer '{name}'");

            public Parameter? get_parameter(string name) =>
                parameterSlots.TryGetValue(name, out var p) ? p : throw new KeyNotFoundException($"no parameter '{name}'");

            public IEnumerable<(string name, Parameter parameter)> named_parameters(bool recurse = true)
            {
                foreach (var (prefix, module) in Walk(recurse))
                {
                    foreach (var (name, p) in module.parameterSlots)
                    {
                        if (p != null) yield return (prefix + name, p);
                    }
                }
            }

            public IEnumerable<Parameter> parameters(bool recurse = true) => named_parameters(recurse).Select(x => x.parameter);

            public IEnumerable<(string name, Tensor buffer)> named_buffers(bool recurse = true) =>
                NamedBuffers(recurse, persistentOnly: false);

            public IEnumerable<Tensor> buffers(bool recurse = true) => named_buffers(recurse).Select(x => x.buffer);

            public IEnumerable<(string name, Module module)> named_children()
            {
                foreach (var (name, child) in childSlots) yield return (name, child);
            }

            public IEnumerable<Module> children() => childSlots.Values;

            /// <summary>This module (name "") and every descendant, depth first, with dotted names.</summary>
            public IEnumerable<(string name, Module module)> named_modules()
            {
                foreach (var (prefix, module) in Walk(recurse: true)) yield return (prefix.TrimEnd('.'), module);
            }

            public IEnumerable<Module> modules() => named_modules().Select(x => x.module);

            internal IEnumerable<(string name, Tensor buffer)> NamedBuffers(bool recurse, bool persistentOnly)
            {
                foreach (var (prefix, module) in Walk(recurse))
                {
                    foreach (var (name, (tensor, persistent)) in module.bufferSlots)
                    {
                        if (tensor != null && (persistent || !persistentOnly)) yield return (prefix + name, tensor);
                    }
                }
            }

            // Each module with the prefix ("" or "layer1.0.") that its own names take.
            private IEnumerable<(string prefix, Module module)> Walk(bool recurse)
            {
                yield return ("", this);
                if (!recurse) yield break;
                foreach (var (name, child) in childSlots)
                {
                    foreach (var (prefix, module) in child.Walk(recurse: true)) yield return (name + "." + prefix, module);
                }
            }

            private static void CheckName(string name)
            {
                if (string.IsNullOrEmpty(name) || name.Contains('.'))
                {
                    throw new ArgumentException($"module member name '{name}' must be non-empty and contain no '.'", nameof(name));
                }
            }
        }
    }
}
