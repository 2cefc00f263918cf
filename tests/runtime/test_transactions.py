"""Transaction parsing, signature hashes (BIP143 vectors), and partially signed multisig inputs."""

from __future__ import annotations

import pytest
from bitcointx.core import CMutableTransaction, CMutableTxIn, CMutableTxOut, COutPoint, CTransaction
from bitcointx.core.script import CScript

from coinspec_runtime.bitcoin.keys import PrivateKey
from coinspec_runtime.bitcoin.multisig import (
    multisig_script,
    p2sh_p2wsh_script_pubkey,
    parse_multisig_script,
)
from coinspec_runtime.bitcoin.transactions import (
    InvalidSignatureError,
    add_multisig_signature,
    legacy_sighash,
    multisig_script_pubkey,
    parse_transaction,
    read_multisig_input,
    segwit_v0_sighash,
    transaction_hex,
    txid,
    verify_input,
    verify_signature,
    witness_stack,
)
from coinspec_runtime.errors import TransactionError

from . import runtime_vectors as v

# ---- BIP143 "Native P2WPKH" ---------------------------------------------------------------
P2WPKH_UNSIGNED = (
    "0100000002fff7f7881a8099afa6940d42d1e7f6362bec38171ea3edf433541db4e4ad969f0000000000eeffffffef51e1b804cc89d182"
    "d279655c3aa89e815b1b309fe287d9b2b55d57b90ec68a0100000000ffffffff02202cb206000000001976a9148280b37df378db99f66f85"
    "c95a783a76ac7a6d5988ac9093510d000000001976a9143bde42dbee7e4dbe6a21b2d50ce2f0167faa815988ac11000000"
)
P2WPKH_SIGNED = (
    "01000000000102fff7f7881a8099afa6940d42d1e7f6362bec38171ea3edf433541db4e4ad969f00000000494830450221008b9d1dc26b"
    "a6a9cb62127b02742fa9d754cd3bebf337f7a55d114c8e5cdd30be022040529b194ba3f9281a99f2b1c0a19c0489bc22ede944ccf4ecba"
    "b4cc618ef3ed01eeffffffef51e1b804cc89d182d279655c3aa89e815b1b309fe287d9b2b55d57b90ec68a0100000000ffffffff02202cb2"
    "06000000001976a9148280b37df378db99f66f85c95a783a76ac7a6d5988ac9093510d000000001976a9143bde42dbee7e4dbe6a21b2d50c"
    "e2f0167faa815988ac000247304402203609e17b84f6a7d30c80bfa610b5b4542f32a8a0d5447a12fb1366d7f01cc44a0220573a954c4518"
    "331561406f90300e8f3358f51928d43c212a8caed02de67eebee0121025476c2e83188368da1ff3e292e7acafcdb3566bb0ad253f62fc70f"
    "07aeee635711000000"
)

# ---- BIP143 "P2SH-P2WSH" 6-of-6 with six sighash types -------------------------------------
P2SH_P2WSH_UNSIGNED = (
    "010000000136641869ca081e70f394c6948e8af409e18b619df2ed74aa106c1ca29787b96e0100000000ffffffff0200e9a43500000000"
    "1976a914389ffce9cd9ae88dcc0631e88a821ffdbe9bfe2688acc0832f05000000001976a9147480a33f950689af511e6e84c138dbbd3c3e"
    "e41588ac00000000"
)
P2SH_P2WSH_WITNESS_SCRIPT = (
    "56210307b8ae49ac90a048e9b53357a2354b3334e9c8bee813ecb98e99a7e07e8c3ba32103b28f0c28bfab54554ae8c658ac5c3e0ce6e79a"
    "d336331f78c428dd43eea8449b21034b8113d703413d57761b8b9781957b8c0ac1dfe69f492580ca4195f50376ba4a21033400f6afecb833"
    "092a9a21cfdf1ed1376e58c5d1f47de74683123987e967a8f42103a6d48b1131e94ba04d9737d61acdaa1322008af9602b3b14862c07a178"
    "9aac162102d8b661b0b3302ee2f162b09e07a55ad5dfbe673a9f01d9f0c19617681024306b56ae"
)
P2SH_P2WSH_AMOUNT = 987654321
# (hashtype, sigHash, private key, signature) per key, in script order.
P2SH_P2WSH_SIGS = [
    (
        0x01,
        "185c0be5263dce5b4bb50a047973c1b6272bfbd0103a89444597dc40b248ee7c",
        "730fff80e1413068a05b57d6a58261f07551163369787f349438ea38ca80fac6",
        "304402206ac44d672dac41f9b00e28f4df20c52eeb087207e8d758d76d92c6fab3b73e2b0220367750dbbe19290069cba53d096f44530e4f98acaa594810388cf7409a1870ce",
    ),
    (
        0x02,
        "e9733bc60ea13c95c6527066bb975a2ff29a925e80aa14c213f686cbae5d2f36",
        "11fa3d25a17cbc22b29c44a484ba552b5a53149d106d3d853e22fdd05a2d8bb3",
        "3044022068c7946a43232757cbdf9176f009a928e1cd9a1a8c212f15c1e11ac9f2925d9002205b75f937ff2f9f3c1246e547e54f62e027f64eefa2695578cc6432cdabce2715",
    ),
    (
        0x03,
        "1e1f1c303dc025bd664acb72e583e933fae4cff9148bf78c157d1e8f78530aea",
        "77bf4141a87d55bdd7f3cd0bdccf6e9e642935fec45f2f30047be7b799120661",
        "3044022059ebf56d98010a932cf8ecfec54c48e6139ed6adb0728c09cbe1e4fa0915302e022007cd986c8fa870ff5d2b3a89139c9fe7e499259875357e20fcbb15571c767954",
    ),
    (
        0x81,
        "2a67f03e63a6a422125878b40b82da593be8d4efaafe88ee528af6e5a9955c6e",
        "14af36970f5025ea3e8b5542c0f8ebe7763e674838d08808896b63c3351ffe49",
        "3045022100fbefd94bd0a488d50b79102b5dad4ab6ced30c4069f1eaa69a4b5a763414067e02203156c6a5c9cf88f91265f5a942e96213afae16d83321c8b31bb342142a14d163",
    ),
    (
        0x82,
        "781ba15f3779d5542ce8ecb5c18716733a5ee42a6f51488ec96154934e2c890a",
        "fe9a95c19eef81dde2b95c1284ef39be497d128e2aa46916fb02d552485e0323",
        "3045022100a5263ea0553ba89221984bd7f0b13613db16e7a70c549a86de0cc0444141a407022005c360ef0ae5a5d4f9f2f87a56c1546cc8268cab08c73501d6b3be2e1e1a8a08",
    ),
    (
        0x83,
        "511e8e52ed574121fc1b654970395502128263f62662e076dc6baf05c2e6a99b",
        "428a7aee9f0c2af0cd19af3cf1c78149951ea528726989b2e83e4778d2c3f890",
        "30440220525406a1482936d5a21888260dc165497a90a15669636d8edca6b9fe490d309c022032af0c646a34a44d1f4576bf6a4a74b67940f8faa84c7df9abe12a01a11e2b47",
    ),
]
P2SH_P2WSH_SIGNED = (
    "0100000000010136641869ca081e70f394c6948e8af409e18b619df2ed74aa106c1ca29787b96e0100000023220020a16b5755f7f6f96dbd"
    "65f5f0d6ab9418b89af4b1f14a1bb8a09062c35f0dcb54ffffffff0200e9a435000000001976a914389ffce9cd9ae88dcc0631e88a821ffdbe"
    "9bfe2688acc0832f05000000001976a9147480a33f950689af511e6e84c138dbbd3c3ee41588ac080047304402206ac44d672dac41f9b00e28"
    "f4df20c52eeb087207e8d758d76d92c6fab3b73e2b0220367750dbbe19290069cba53d096f44530e4f98acaa594810388cf7409a1870ce0147"
    "3044022068c7946a43232757cbdf9176f009a928e1cd9a1a8c212f15c1e11ac9f2925d9002205b75f937ff2f9f3c1246e547e54f62e027f64e"
    "efa2695578cc6432cdabce271502473044022059ebf56d98010a932cf8ecfec54c48e6139ed6adb0728c09cbe1e4fa0915302e022007cd986c"
    "8fa870ff5d2b3a89139c9fe7e499259875357e20fcbb15571c76795403483045022100fbefd94bd0a488d50b79102b5dad4ab6ced30c4069f1"
    "eaa69a4b5a763414067e02203156c6a5c9cf88f91265f5a942e96213afae16d83321c8b31bb342142a14d16381483045022100a5263ea0553b"
    "a89221984bd7f0b13613db16e7a70c549a86de0cc0444141a407022005c360ef0ae5a5d4f9f2f87a56c1546cc8268cab08c73501d6b3be2e1e"
    "1a8a08824730440220525406a1482936d5a21888260dc165497a90a15669636d8edca6b9fe490d309c022032af0c646a34a44d1f4576bf6a4a"
    "74b67940f8faa84c7df9abe12a01a11e2b4783cf56210307b8ae49ac90a048e9b53357a2354b3334e9c8bee813ecb98e99a7e07e8c3ba32103"
    "b28f0c28bfab54554ae8c658ac5c3e0ce6e79ad336331f78c428dd43eea8449b21034b8113d703413d57761b8b9781957b8c0ac1dfe69f4925"
    "80ca4195f50376ba4a21033400f6afecb833092a9a21cfdf1ed1376e58c5d1f47de74683123987e967a8f42103a6d48b1131e94ba04d9737d6"
    "1acdaa1322008af9602b3b14862c07a1789aac162102d8b661b0b3302ee2f162b09e07a55ad5dfbe673a9f01d9f0c19617681024306b56ae00"
    "000000"
)


def test_bip143_native_p2wpkh() -> None:
    tx = parse_transaction(P2WPKH_UNSIGNED)
    script_code = bytes.fromhex("76a9141d0f172a0ecb48aee1be1f2687d2963ae33f71a188ac")
    digest = segwit_v0_sighash(tx, 1, script_code, 600_000_000)
    assert digest.hex() == "c37af31116d1b27caf68aae9e3ac82f1477929014d5b917657d0eb49478cb670"
    key = PrivateKey.from_hex("619c335025c7f4012e556c2a58b2506e30b8511b53ade95ea316fd8c3286feb9")
    assert (
        key.public_key.hex() == "025476c2e83188368da1ff3e292e7acafcdb3566bb0ad253f62fc70f07aeee6357"
    )
    # RFC 6979 signing reproduces the BIP's signature byte for byte.
    assert key.sign(digest).hex() == (
        "304402203609e17b84f6a7d30c80bfa610b5b4542f32a8a0d5447a12fb1366d7f01cc44a0220573a954c4518331561406f90300e8f33"
        "58f51928d43c212a8caed02de67eebee"
    )
    # A different amount is a different BIP143 hash.
    assert segwit_v0_sighash(tx, 1, script_code, 600_000_001) != digest


def test_bip143_vector_legacy_input_signature_verifies() -> None:
    # Input 0 of the same example is a P2PK coin: its published signature is over the legacy sighash.
    tx = parse_transaction(P2WPKH_UNSIGNED)
    p2pk = bytes.fromhex("2103c9f4836b9a4f77fc0d81f7bcb01b7f1b35916864b9476c241ce9fc198bd25432ac")
    signed = parse_transaction(P2WPKH_SIGNED)
    published = bytes(next(iter(signed.vin[0].scriptSig)))
    assert published[-1] == 1
    pubkey = bytes.fromhex("03c9f4836b9a4f77fc0d81f7bcb01b7f1b35916864b9476c241ce9fc198bd25432")
    assert verify_signature(pubkey, legacy_sighash(tx, 0, p2pk), published[:-1])
    assert not verify_signature(pubkey, legacy_sighash(tx, 1, p2pk), published[:-1])
    # The signed transaction's witness holds the P2WPKH signature; parsing keeps it.
    assert (
        witness_stack(signed, 1)[1].hex()
        == "025476c2e83188368da1ff3e292e7acafcdb3566bb0ad253f62fc70f07aeee6357"
    )
    assert transaction_hex(signed) == P2WPKH_SIGNED
    assert len(txid(signed)) == 64 and txid(signed) != txid(
        tx
    )  # input 0's scriptSig is part of the txid


@pytest.mark.parametrize(("hashtype", "sighash", "secret", "signature"), P2SH_P2WSH_SIGS)
def test_bip143_p2sh_p2wsh_all_sighash_types(
    hashtype: int, sighash: str, secret: str, signature: str
) -> None:
    tx = parse_transaction(P2SH_P2WSH_UNSIGNED)
    script = bytes.fromhex(P2SH_P2WSH_WITNESS_SCRIPT)
    digest = segwit_v0_sighash(tx, 0, script, P2SH_P2WSH_AMOUNT, hashtype)
    assert digest.hex() == sighash
    key = PrivateKey.from_hex(secret)
    assert verify_signature(key.public_key, digest, bytes.fromhex(signature))
    assert verify_signature(key.public_key, digest, key.sign(digest))


def test_bip143_p2sh_p2wsh_signed_transaction_passes_the_interpreter() -> None:
    signed = parse_transaction(P2SH_P2WSH_SIGNED)
    script = parse_multisig_script(P2SH_P2WSH_WITNESS_SCRIPT)
    verify_input(signed, 0, p2sh_p2wsh_script_pubkey(script.script), P2SH_P2WSH_AMOUNT)
    with pytest.raises(TransactionError):
        verify_input(signed, 0, p2sh_p2wsh_script_pubkey(script.script), P2SH_P2WSH_AMOUNT + 1)
    # Only SIGHASH_ALL signatures are accepted from a counterparty: this input has five other types.
    with pytest.raises(InvalidSignatureError, match="SIGHASH_ALL"):
        read_multisig_input(signed, 0, amount=P2SH_P2WSH_AMOUNT)


@pytest.mark.parametrize(
    ("vector", "escrow", "server_key"),
    [
        (v.HODLHODL_RELEASE, v.HODLHODL_RELEASE_ESCROW, v.HODLHODL_RELEASE_SERVER_KEY),
        (v.HODLHODL_REFUND, v.HODLHODL_REFUND_ESCROW, v.HODLHODL_REFUND_SERVER_KEY),
    ],
    ids=["release", "refund"],
)
def test_hodlhodl_document_transactions_carry_a_valid_server_signature(
    vector: dict[str, object], escrow: dict[str, str], server_key: str
) -> None:
    tx = parse_transaction(str(vector["hex"]))
    state = read_multisig_input(tx, 0, amount=1_100_000_000)
    assert state.form == "p2sh-p2wsh"
    assert state.script.hex() == escrow["witness_script"]
    assert state.signed_by == (bytes.fromhex(server_key),)
    assert state.script.pubkeys[0].hex() == server_key  # the first key of the witness script
    assert state.placeholder == bytes(70)
    assert not state.complete
    # BIP143 commits to the amount: any other amount and the signature no longer verifies.
    with pytest.raises(InvalidSignatureError):
        read_multisig_input(tx, 0, amount=1_100_000_001)


def test_atomic_document_partial_signatures_verify_under_the_legacy_sighash() -> None:
    for partial, key1, key2 in [
        (v.ATOMIC_UNLOCK_PARTIAL, v.ATOMIC_UNLOCK_KEY1, v.ATOMIC_UNLOCK_KEY2),
        (v.ATOMIC_ESCROW_PARTIAL, v.ATOMIC_ESCROW_KEY1, v.ATOMIC_ESCROW_KEY2),
    ]:
        state = read_multisig_input(parse_transaction(partial), 0)
        assert state.form == "p2sh"
        assert (state.script.m, state.script.n) == (2, 2)
        assert state.script.pubkeys == (bytes.fromhex(key1), bytes.fromhex(key2))
        # The signature sits in the first slot but is made with the SECOND key.
        assert state.signed_by == (bytes.fromhex(key2),)
        assert state.placeholder == b""


def test_atomic_document_pay_transaction_verifies() -> None:
    tx = parse_transaction(v.ATOMIC_PAY)
    state = read_multisig_input(tx, 0, amount=v.ATOMIC_PAY_INPUT_AMOUNT)
    assert (state.form, state.script.m, state.script.n, state.complete) == (
        "p2sh-p2wsh",
        1,
        1,
        True,
    )
    assert state.signed_by == (bytes.fromhex(v.ATOMIC_ESCROW_KEY2),)
    verify_input(
        tx, 0, multisig_script_pubkey("p2sh-p2wsh", state.script), v.ATOMIC_PAY_INPUT_AMOUNT
    )


# ---- adding signatures -----------------------------------------------------------------------

KEYS = [PrivateKey(bytes([0x40 + i]) * 32) for i in range(3)]


def _pushed(data: bytes | None) -> bytes:
    """The data of a scriptSig item, which is a push in every script these tests build."""
    assert data is not None, "not a push"
    return bytes(data)


def _spend(form: str, script: bytes, *, legacy_items: list[bytes] | None = None) -> CTransaction:
    vin = [CMutableTxIn(COutPoint(bytes(range(32)), 1))]
    vout = [CMutableTxOut(90_000, CScript(bytes.fromhex("0014") + bytes(20)))]
    tx = CMutableTransaction(vin, vout, nVersion=2)
    return CTransaction.from_instance(tx)


def test_signatures_land_in_checkmultisig_order_p2sh_p2wsh() -> None:
    script = multisig_script(2, [k.public_key for k in KEYS])
    tx = _spend("p2sh-p2wsh", script.script)
    amount = 100_000
    # The second key signs first: its signature must still come after the first key's.
    partial = add_multisig_signature(
        tx, 0, KEYS[1], form="p2sh-p2wsh", script=script, amount=amount
    )
    state = read_multisig_input(partial, 0, amount=amount)
    assert state.signed_by == (KEYS[1].public_key,) and not state.complete
    full = add_multisig_signature(partial, 0, KEYS[0], amount=amount)
    stack = witness_stack(full, 0)
    assert stack[0] == b"" and stack[-1] == script.script and len(stack) == 4
    digest = segwit_v0_sighash(full, 0, script.script, amount)
    assert verify_signature(KEYS[0].public_key, digest, stack[1][:-1])
    assert verify_signature(KEYS[1].public_key, digest, stack[2][:-1])
    verify_input(full, 0, multisig_script_pubkey("p2sh-p2wsh", script), amount)
    # A wrong amount is caught when reading the signatures back.
    with pytest.raises(InvalidSignatureError):
        read_multisig_input(full, 0, amount=amount - 1)


def test_legacy_two_of_two_placeholder_stands_in_the_missing_keys_slot() -> None:
    script = multisig_script(2, [KEYS[0].public_key, KEYS[1].public_key])
    tx = _spend("p2sh", script.script)
    partial = add_multisig_signature(tx, 0, KEYS[1], form="p2sh", script=script)
    items = [_pushed(x) for _, x, _ in partial.vin[0].scriptSig.raw_iter()]
    assert (
        items[0] == b"" and items[1] == b"" and items[3] == script.script
    )  # OP_0 dummy, OP_0 for key 0
    assert verify_signature(
        KEYS[1].public_key, legacy_sighash(partial, 0, script.script), items[2][:-1]
    )
    full = add_multisig_signature(partial, 0, KEYS[0])
    verify_input(full, 0, multisig_script_pubkey("p2sh", script), None)
    assert read_multisig_input(full, 0).complete


def test_zero_byte_placeholder_is_filled() -> None:
    script = multisig_script(2, [k.public_key for k in KEYS])
    amount = 50_000
    tx = _spend("p2sh-p2wsh", script.script)
    server = add_multisig_signature(tx, 0, KEYS[0], form="p2sh-p2wsh", script=script, amount=amount)
    # Re-shape it the way HodlHodl sends it: [<>, server sig, 70 zero bytes, script].
    mtx = CMutableTransaction.from_instance(server)
    stack = witness_stack(server, 0)
    from bitcointx.core import CMutableTxInWitness
    from bitcointx.core.script import CScriptWitness

    mtx.wit.vtxinwit[0] = CMutableTxInWitness(
        CScriptWitness([b"", stack[1], bytes(70), script.script])
    )
    hodl_style = CTransaction.from_instance(mtx)
    assert read_multisig_input(hodl_style, 0, amount=amount).placeholder == bytes(70)
    full = add_multisig_signature(hodl_style, 0, KEYS[2], amount=amount)
    assert bytes(70) not in witness_stack(full, 0)
    verify_input(full, 0, multisig_script_pubkey("p2sh-p2wsh", script), amount)


def test_refusals_when_adding_a_signature() -> None:
    script = multisig_script(2, [k.public_key for k in KEYS])
    tx = _spend("p2sh-p2wsh", script.script)
    stranger = PrivateKey(bytes([0x77]) * 32)
    with pytest.raises(TransactionError, match="not one of the script's keys"):
        add_multisig_signature(tx, 0, stranger, form="p2sh-p2wsh", script=script, amount=1)
    with pytest.raises(TransactionError, match="unsigned"):
        add_multisig_signature(tx, 0, KEYS[0])
    with pytest.raises(TransactionError, match="amount"):
        add_multisig_signature(tx, 0, KEYS[0], form="p2sh-p2wsh", script=script)
    with pytest.raises(TransactionError, match="does not exist"):
        add_multisig_signature(tx, 3, KEYS[0], form="p2sh-p2wsh", script=script, amount=1)
    partial = add_multisig_signature(tx, 0, KEYS[0], form="p2sh-p2wsh", script=script, amount=1)
    other = multisig_script(2, [KEYS[2].public_key, KEYS[1].public_key, KEYS[0].public_key])
    with pytest.raises(TransactionError, match="expected"):
        read_multisig_input(partial, 0, script=other, amount=1)
    with pytest.raises(TransactionError, match="p2sh-p2wsh"):
        read_multisig_input(partial, 0, form="p2sh", amount=1)


def test_tampered_signature_is_refused() -> None:
    script = multisig_script(2, [k.public_key for k in KEYS])
    tx = _spend("p2sh", script.script)
    partial = add_multisig_signature(tx, 0, KEYS[0], form="p2sh", script=script)
    items = [_pushed(x) for _, x, _ in partial.vin[0].scriptSig.raw_iter()]
    sig = bytearray(items[1])
    sig[10] ^= 1
    mtx = CMutableTransaction.from_instance(partial)
    mtx.vin[0].scriptSig = CScript([b"", bytes(sig), b"", script.script])
    with pytest.raises(InvalidSignatureError):
        read_multisig_input(CTransaction.from_instance(mtx), 0)


@pytest.mark.parametrize(
    "raw", ["", "00", "zz", v.ATOMIC_UNLOCK_RAW + "00", v.ATOMIC_UNLOCK_RAW[:-2]]
)
def test_malformed_transactions_are_refused(raw: str) -> None:
    with pytest.raises(TransactionError):
        parse_transaction(raw)
