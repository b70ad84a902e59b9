namespace Lottery.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// The base of every layer and network, as torch.nn.Module: it owns its parameters, buffers and
        /// child modules (registered by name, in order), and frees them when disposed.
        /// </summary>
        public abstract partial class Module : IDisposable
        {
            private readonly OrderedDictionary<string, Parameter?> parameterSlots = new();
            private readonly OrderedDictionary<string, (Tensor? tensor, bool persistent)> bufferSlots = new();
            private readonly OrderedDictionary<string, Module> childSlots = new();
            private bool disposed;

            /// <summary>Whether the module is in training mode (dropout active, batch norm uses batch statistics).</summary>
            public bool training { get; private set; } = true;

            /// <summary>Sets training mode on this module and every descendant.</summary>
            public virtual Module train(bool mode = true)
            {
                training = mode;
                foreach (var child in childSlots.Values) child.train(mode);
                return this;
            }

            public Module eval() => train(false);

            /// <summary>Sets every parameter's gradient to None.</summary>
            public void zero_grad()
            {
                foreach (var p in parameters()) p.grad = null;
            }

            public void Dispose()
            {
                Dispose(true);
                GC.SuppressFinalize(this);
            }

            protected virtual void Dispose(bool disposing)
            {
                if (disposed || !disposing) return;
                disposed = true;
                foreach (var child in childSlots.Values) child.Dispose();
                foreach (var p in parameterSlots.Values) p?.Dispose();
                foreach (var (b, _) in bufferSlots.Values) b?.Dispose();
            }
        }

        /// <summary>A module with a typed forward pass; call(x) runs forward(x).</summary>
        public abstract class Module<T, TResult> : Module
        {
            public abstract TResult forward(T input);

            public TResult call(T input) => forward(input);
        }
    }
}
