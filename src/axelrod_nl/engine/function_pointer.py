"""Rules passed to the kernel as plain integers: the addresses of their entries' compiled code.

Numba can pass a compiled function to another as a first-class function value,
but turning a Python tuple of dispatchers into such values costs about 50
microseconds per rule on every kernel call, more than playing a 200-move match.
Instead we take each rule's address once, in Python, and rebuild the
first-class function value inside the kernel from an int64 with
:func:`rule_from_address`. The kernel then takes an ordinary int64 array, its
type never depends on how many rules there are, and it is compiled (and cached)
once.

The value built here is the one numba itself builds for a first-class function
(see ``numba.experimental.function_type.FunctionModel``): the address of the
function in numba's own calling convention, which also carries exceptions, and
the address of its C wrapper.
"""

from __future__ import annotations

from numba import types
from numba.core import cgutils
from numba.extending import intrinsic

from .protocol import ENTRY_SIGNATURE

RULE_TYPE = types.FunctionType(ENTRY_SIGNATURE)


def rule_addresses(dispatcher) -> tuple[int, int]:
    """``(jit address, C wrapper address)`` of a rule's entry, compiled for :data:`ENTRY_SIGNATURE`."""
    result = dispatcher.overloads[ENTRY_SIGNATURE.args]
    library = result.library
    return (library.get_pointer_to_function(result.fndesc.llvm_func_name),
            library.get_pointer_to_function(result.fndesc.llvm_cfunc_wrapper_name))


@intrinsic
def rule_from_address(typingctx, jit_address, c_address):
    """Inside jitted code: the rule whose code lives at these addresses, callable as ``rule(...)``."""
    if not (isinstance(jit_address, types.Integer) and isinstance(c_address, types.Integer)):
        return None

    def codegen(context, builder, signature, args):
        jit_value, c_value = args
        function = cgutils.create_struct_proxy(RULE_TYPE)(context, builder)
        function.jit_addr = builder.inttoptr(jit_value, cgutils.voidptr_t)
        function.c_addr = builder.inttoptr(c_value, cgutils.voidptr_t)
        function.py_addr = cgutils.get_null_value(cgutils.voidptr_t)
        return function._getvalue()

    return RULE_TYPE(jit_address, c_address), codegen


@intrinsic
def void_pointer(typingctx, address):
    """Inside jitted code: an integer address as a ``void*``, for ``numba.carray`` views."""
    if not isinstance(address, types.Integer):
        return None

    def codegen(context, builder, signature, args):
        return builder.inttoptr(args[0], cgutils.voidptr_t)

    return types.voidptr(address), codegen


@intrinsic
def history_view(typingctx, address, length, turn):
    """Inside jitted code: the read-only ``(2, turn)`` view of a ``(2, length)`` int8 history at ``address``.

    Built field by field: slicing the full history each move costs more than
    some rules' whole move. The view owns no memory (as ``carray`` views do).
    """
    if not all(isinstance(t, types.Integer) for t in (address, length, turn)):
        return None
    from .protocol import HISTORY_TYPE

    def codegen(context, builder, signature, args):
        address_value, length_value, turn_value = args
        view = context.make_array(HISTORY_TYPE)(context, builder)
        intp = context.get_value_type(types.intp)
        turn_value = builder.sext(turn_value, intp) if turn_value.type.width < intp.width else turn_value
        length_value = builder.sext(length_value, intp) if length_value.type.width < intp.width else length_value
        one = intp(1)
        context.populate_array(
            view,
            data=builder.inttoptr(address_value, view.data.type),
            shape=cgutils.pack_array(builder, [intp(2), turn_value]),
            strides=cgutils.pack_array(builder, [length_value, one]),
            itemsize=one,
            meminfo=None,
        )
        return view._getvalue()

    return HISTORY_TYPE(address, length, turn), codegen


@intrinsic
def vector_view(typingctx, address, size):
    """Inside jitted code: the read-only float64 vector of ``size`` elements at ``address``.

    As :func:`history_view`, it owns no memory; numba's ``carray`` gives only writable views.
    """
    if not all(isinstance(t, types.Integer) for t in (address, size)):
        return None
    from .protocol import READ_ONLY_VECTOR

    def codegen(context, builder, signature, args):
        address_value, size_value = args
        view = context.make_array(READ_ONLY_VECTOR)(context, builder)
        intp = context.get_value_type(types.intp)
        size_value = builder.sext(size_value, intp) if size_value.type.width < intp.width else size_value
        context.populate_array(
            view,
            data=builder.inttoptr(address_value, view.data.type),
            shape=cgutils.pack_array(builder, [size_value]),
            strides=cgutils.pack_array(builder, [intp(8)]),
            itemsize=intp(8),
            meminfo=None,
        )
        return view._getvalue()

    return READ_ONLY_VECTOR(address, size), codegen
