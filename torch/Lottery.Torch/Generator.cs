using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    /// <summary>
    /// A random number generator (torch.Generator). Its state can be saved and restored exactly,
    /// which is how runs resume with the same random stream.
    /// </summary>
    public sealed class Generator : IDisposable
    {
        private IntPtr handle;

        /// <summary>A new CPU generator seeded with seed.</summary>
        public Generator(ulong seed = 67280421310721UL) : this(NativeError.CheckHandle(NativeMethods.lt_generator_new(seed)))
        {
        }

        private Generator(IntPtr handle) => this.handle = handle;

        ~Generator() => Release();

        /// <summary>The default generator of a device (the one torch.manual_seed seeds).</summary>
        public static Generator Default(Device? device = null)
        {
            var d = device ?? Device.CPU;
            return new Generator(NativeError.CheckHandle(NativeMethods.lt_generator_default((int)d.type, d.index)));
        }

        internal IntPtr Handle => handle != IntPtr.Zero ? handle : throw new ObjectDisposedException(nameof(Generator));

        internal static IntPtr HandleOf(Generator? generator) => generator?.Handle ?? IntPtr.Zero;

        public Generator manual_seed(ulong seed)
        {
            NativeError.CheckStatus(NativeMethods.lt_generator_manual_seed(Handle, seed));
            return this;
        }

        public unsafe ulong initial_seed()
        {
            ulong seed;
            NativeError.CheckStatus(NativeMethods.lt_generator_initial_seed(Handle, &seed));
            return seed;
        }

        /// <summary>The full generator state as a uint8 tensor.</summary>
        public Tensor get_state() => Tensor.Wrap(NativeMethods.lt_generator_get_state(Handle));

        public void set_state(Tensor state) => NativeError.CheckStatus(NativeMethods.lt_generator_set_state(Handle, state.Handle));

        public void Dispose()
        {
            Release();
            GC.SuppressFinalize(this);
        }

        private void Release()
        {
            var released = Interlocked.Exchange(ref handle, IntPtr.Zero);
            if (released != IntPtr.Zero) NativeMethods.lt_generator_free(released);
        }
    }
}
