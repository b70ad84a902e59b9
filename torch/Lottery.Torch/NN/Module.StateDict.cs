using System.Text;

namespace Lottery.Torch;

public static partial class torch
{
    public static partial class nn
    {
        // state_dict / load_state_dict and moving a module between devices and dtypes.
        public abstract partial class Module
        {
            /// <summary>
            /// Parameters and persistent buffers by dotted name. The tensors are detached handles sharing
            /// the module's storage (owned by the current dispose scope, like any result).
            /// </summary>
            public OrderedDictionary<string, Tensor> state_dict()
            {
                var result = new OrderedDictionary<string, Tensor>();
                foreach (var (name, tensor) in StateTensors()) result[name] = tensor.detach();
                return result;
            }

            /// <summary>
            /// Copies values into the module's tensors in place. Strict mode requires exactly the module's
            /// keys; a shape mismatch is an error in both modes. Throws one error naming every missing,
            /// unexpected and mis-shaped key; nothing is copied unless all checks pass.
            /// </summary>
            public (IReadOnlyList<string> missing, IReadOnlyList<string> unexpected) load_state_dict(
                IReadOnlyDictionary<string, Tensor> source, bool strict = true)
            {
                var own = StateTensors().ToList();
                var ownNames = own.Select(x => x.name).ToHashSet();
                var missing = own.Where(x => !source.ContainsKey(x.name)).Select(x => x.name).ToList();
                var unexpected = source.Keys.Where(k => !ownNames.Contains(k)).ToList();
                var misShaped = own.Where(x => source.ContainsKey(x.name))
                    .Where(x => !x.tensor.shape.SequenceEqual(source[x.name].shape))
                    .Select(x => $"{x.name}: expected [{string.Join(", ", x.tensor.shape)}], got [{string.Join(", ", source[x.name].shape)}]")
                    .ToList();
                if (misShaped.Count > 0 || (strict && (missing.Count > 0 || unexpected.Count > 0)))
                {
                    throw new InvalidOperationException(DescribeMismatch(missing, unexpected, misShaped, strict));
                }
                using (no_grad())
                {
                    foreach (var (name, tensor) in own)
                    {
                        if (source.TryGetValue(name, out var value)) tensor.copy_(value);
                    }
                }
                return (missing, unexpected);
            }

            /// <summary>Moves every parameter and buffer to device, keeping Parameter identity (optimizers hold them).</summary>
            public Module to(Device device) => Convert(t => t.to(device));

            /// <summary>Converts floating-point parameters and buffers to dtype (integral buffers stay as they are).</summary>
            public Module to(ScalarType dtype) => Convert(t => t.dtype.IsFloatingPoint() ? t.to(dtype) : t.alias());

            private IEnumerable<(string name, Tensor tensor)> StateTensors() =>
                named_parameters().Select(x => (x.name, (Tensor)x.parameter)).Concat(NamedBuffers(recurse: true, persistentOnly: true));

            private Module Convert(Func<Tensor, Tensor> conversion)
            {
                using var scope = NewDisposeScope();
                using (no_grad())
                {
                    foreach (var p in parameters())
                    {
                        var moved = conversion(p).detach();
                        moved.requires_grad = p.requires_grad;
                        p.AdoptHandleOf(moved);
                    }
                    foreach (var b in buffers()) b.AdoptHandleOf(conversion(b));
                }
                return this;
            }

            private string DescribeMismatch(List<string> missing, List<string> unexpected, List<string> misShaped, bool strict)
            {
                var message = new StringBuilder($"Error(s) in loading state_dict for {GetType().Name}:");
                if (strict && missing.Count > 0) message.Append(" missing keys: ").Append(string.Join(", ", missing)).Append('.');
                if (strict && unexpected.Count > 0) message.Append(" unexpected keys: ").Append(string.Join(", ", unexpected)).Append('.');
                if (misShaped.Count > 0) message.Append(" size mismatch: ").Append(string.Join("; ", misShaped)).Append('.');
                return message.ToString();
            }
        }
    }
}
