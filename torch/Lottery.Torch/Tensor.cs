using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    /// <summary>
    /// A libtorch tensor. It owns one native handle, freed deterministically by <see cref="Dispose()"/>
    /// or by the <see cref="DisposeScope"/> it was created in; the finalizer is only a backstop.
    /// Using a disposed tensor throws <see cref="ObjectDisposedException"/>.
    /// </summary>
    public partial class Tensor : IDisposable
    {
        private IntPtr handle;

        internal Tensor(IntPtr handle)
        {
            this.handle = handle;
            DisposeScope.RegisterInCurrent(this);
        }

        ~Tensor() => Release();

        /// <summary>The scope that will free this tensor, or null.</summary>
        public DisposeScope? OwningScope { get; internal set; }

        public bool IsDisposed => Volatile.Read(ref handle) == IntPtr.Zero;

        /// <summary>
        /// The native handle, for passing to the C ABI. Every op reads it right before its native call,
        /// which is where the async-flowing grad mode is applied to the calling thread.
        /// </summary>
        internal IntPtr Handle
        {
            get
            {
                var current = handle;
                if (current == IntPtr.Zero) ThrowDisposed();
                GradMode.SyncCurrentThread();
                return current;
            }
        }

        public void Dispose()
        {
            OwningScope?.Forget(this);
            Release();
            GC.SuppressFinalize(this);
        }

        /// <summary>Hands this tensor to the scope enclosing its current one (or to none).</summary>
        public Tensor MoveToOuterDisposeScope()
        {
            var scope = OwningScope;
            if (scope != null) scope.MoveToOuter(this);
            return this;
        }

        /// <summary>Takes this tensor out of every dispose scope: the caller now owns it.</summary>
        public Tensor DetachFromDisposeScope()
        {
            OwningScope?.Forget(this);
            return this;
        }

        /// <summary>
        /// Makes this object wrap donor's native tensor (freeing its own) and leaves donor disposed.
        /// Module.to(...) uses it so a Parameter keeps its identity (optimizers hold it) while its
        /// storage moves to another device or dtype.
        /// </summary>
        internal void AdoptHandleOf(Tensor donor)
        {
            var adopted = Interlocked.Exchange(ref donor.handle, IntPtr.Zero);
            if (adopted == IntPtr.Zero) donor.ThrowDisposed();
            donor.DetachFromDisposeScope();
            GC.SuppressFinalize(donor);
            var previous = Interlocked.Exchange(ref handle, adopted);
            if (previous != IntPtr.Zero) NativeMethods.lt_free(previous);
        }

        internal static Tensor Wrap(IntPtr result) => new(NativeError.CheckHandle(result));

        internal Tensor InPlace(int status)
        {
            NativeError.CheckStatus(status);
            return this;
        }

        private void Release()
        {
            var released = Interlocked.Exchange(ref handle, IntPtr.Zero);
            if (released != IntPtr.Zero) NativeMethods.lt_free(released);
        }

        private void ThrowDisposed() =>
            throw new ObjectDisposedException(nameof(Tensor), "the tensor was disposed (directly or by its DisposeScope)");
    }
}
