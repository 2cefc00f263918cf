"""Clients of HodlHodl API: ``HodlHodl`` (sync) and ``AsyncHodlHodl``.

Generated from specs/hodlhodl.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

import functools

import httpx

from .._core.client import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    AsyncBaseClient,
    BaseClient,
)
from .._core.operation import (
    NOT_GIVEN,
    ClientCheck,
    EnvironmentVariable,
    ErrorEnvelope,
    ErrorFamily,
    NotGiven,
    SecurityScheme,
    Service,
    adapter,
    adapters,
)
from .._core.pagination import AsyncPager, SyncPager
from .._core.response import async_raw_response, raw_response
from .._core.json import to_wire as _to_wire
from .._core.types import DecimalText
from . import _operations as _ops
from .errors import (
    STATUS_ERRORS,
    HodlHodlClientClosedError,
    HodlHodlConfigurationError,
    HodlHodlConnectionError,
    HodlHodlMissingCredentialError,
    HodlHodlPaginationError,
    HodlHodlRequestError,
    HodlHodlResponseTooLargeError,
    HodlHodlResponseValidationError,
    HodlHodlStatusError,
    HodlHodlTimeoutError,
    HodlHodlVerificationError,
)
from .models import (
    AssetCode,
    ChatMessage,
    Contract,
    ContractFilters,
    ContractTransaction,
    Country,
    CreateContract,
    CreateContractRequest,
    CreateOffer,
    CreateOfferRequest,
    CreatePaymentMethodInstruction,
    CreatePaymentMethodInstructionRequest,
    Currency,
    Error,
    ExchangePriceSign,
    ExchangePriceUnit,
    ExchangeRateProvider,
    NewOffersPagination,
    Notification,
    Offer,
    OfferFilters,
    OfferSort,
    Pagination,
    PaymentMethod,
    PaymentMethodFilters,
    PaymentMethodInstruction,
    SignTransactionRequest,
    StatusEnvelope,
    UpdateOffer,
    UpdateOfferRequest,
    User,
)

__all__ = ["HodlHodl", "AsyncHodlHodl"]


SERVICE = Service(
    name="HodlHodl",
    default_base_url="https://hodlhodl.com/api/v1",
    errors=ErrorFamily(
        connection=HodlHodlConnectionError,
        timeout=HodlHodlTimeoutError,
        status=HodlHodlStatusError,
        validation=HodlHodlResponseValidationError,
        verification=HodlHodlVerificationError,
        by_status=STATUS_ERRORS,
        configuration=HodlHodlConfigurationError,
        request=HodlHodlRequestError,
        missing_credential=HodlHodlMissingCredentialError,
        pagination=HodlHodlPaginationError,
        too_large=HodlHodlResponseTooLargeError,
        closed=HodlHodlClientClosedError,
        status_bodies=adapters(
            {
                400: Error,
                404: Error,
                422: Error,
                503: Error,
            }
        ),
    ),
    security_schemes=(SecurityScheme("bearerAuth", "bearer", "Authorization", "api_key"),),
    error_envelope=ErrorEnvelope("status", "error", adapter(Error)),
    secret_options=frozenset(("escrow_signing_key",)),
    option_defaults={"network": "mainnet"},
    checks=(
        ClientCheck(
            "network", "coinspec_runtime.configuration", "check_network", (("network", "network"),)
        ),
        ClientCheck(
            "escrow_xpub",
            "coinspec_runtime.configuration",
            "check_extended_public_key",
            (("extended_public_key", "escrow_xpub"), ("network", "network")),
        ),
        ClientCheck(
            "escrow_signing_key",
            "coinspec_runtime.configuration",
            "check_signing_key",
            (
                ("extended_public_key", "escrow_xpub"),
                ("network", "network"),
                ("signing_key", "escrow_signing_key"),
            ),
        ),
    ),
    omitted_when_none={
        CreateContract: frozenset(("comment", "value", "volume")),
        CreateOffer: frozenset(
            (
                "asset_code",
                "confirmations",
                "country_code",
                "description",
                "enabled",
                "exchange_price_deviation",
                "exchange_price_sign",
                "exchange_price_unit",
                "exchange_rate_provider",
                "first_trade_limit",
                "for_experienced_users",
                "payment_method_ids",
                "payment_method_instruction_ids",
                "payment_window_minutes",
                "price",
                "price_expression",
                "private",
                "title",
                "working_hours_end_utc",
                "working_hours_start_utc",
            )
        ),
        CreatePaymentMethodInstruction: frozenset(("details", "name", "payment_method_id")),
        UpdateOffer: frozenset(
            (
                "balance",
                "confirmations",
                "country_code",
                "currency_code",
                "description",
                "enabled",
                "exchange_price_deviation",
                "exchange_price_sign",
                "exchange_price_unit",
                "exchange_rate_provider",
                "first_trade_limit",
                "for_experienced_users",
                "max_amount",
                "min_amount",
                "payment_method_ids",
                "payment_method_instruction_ids",
                "payment_window_minutes",
                "price",
                "price_expression",
                "price_source",
                "private",
                "title",
                "working_hours_end_utc",
                "working_hours_start_utc",
            )
        ),
        UpdateOfferRequest: frozenset(("offer",)),
    },
    body_rules={
        CreateContract: ({"oneOf": [{"required": ["value"]}, {"required": ["volume"]}]},),
        CreateOffer: (
            {
                "allOf": [
                    {
                        "if": {
                            "properties": {"price_source": {"const": "fixed_value"}},
                            "required": ["price_source"],
                        },
                        "then": {"required": ["price"]},
                    },
                    {
                        "if": {
                            "properties": {"price_source": {"const": "exchange_rate"}},
                            "required": ["price_source"],
                        },
                        "then": {
                            "required": ["exchange_rate_provider", "exchange_price_deviation"]
                        },
                    },
                    {
                        "if": {
                            "properties": {"price_source": {"const": "expression"}},
                            "required": ["price_source"],
                        },
                        "then": {"required": ["price_expression"]},
                    },
                    {
                        "if": {"properties": {"side": {"const": "buy"}}, "required": ["side"]},
                        "then": {"required": ["payment_method_ids"]},
                    },
                    {
                        "if": {"properties": {"side": {"const": "sell"}}, "required": ["side"]},
                        "then": {"required": ["payment_method_instruction_ids"]},
                    },
                ]
            },
        ),
        UpdateOffer: (
            {
                "allOf": [
                    {
                        "if": {
                            "properties": {"price_source": {"const": "fixed_value"}},
                            "required": ["price_source"],
                        },
                        "then": {"required": ["price", "currency_code"]},
                    },
                    {
                        "if": {
                            "properties": {"price_source": {"const": "exchange_rate"}},
                            "required": ["price_source"],
                        },
                        "then": {
                            "required": [
                                "exchange_rate_provider",
                                "exchange_price_deviation",
                                "exchange_price_sign",
                                "exchange_price_unit",
                                "currency_code",
                            ]
                        },
                    },
                    {
                        "if": {
                            "properties": {"price_source": {"const": "expression"}},
                            "required": ["price_source"],
                        },
                        "then": {"required": ["price_expression"]},
                    },
                ]
            },
        ),
    },
    environment=(
        EnvironmentVariable("base_url", "HODLHODL_BASE_URL"),
        EnvironmentVariable("api_key", "HODLHODL_API_KEY"),
        EnvironmentVariable("escrow_xpub", "HODLHODL_ESCROW_XPUB"),
        EnvironmentVariable("escrow_signing_key", "HODLHODL_ESCROW_SIGNING_KEY"),
        EnvironmentVariable("hodlhodl_public_key", "HODLHODL_HODLHODL_PUBLIC_KEY"),
        EnvironmentVariable("network", "HODLHODL_NETWORK"),
    ),
    verify_hooks=(("get_contract", ("escrow_xpub",)), ("confirm_contract", ("escrow_xpub",))),
)


class HodlHodlWithRawResponse:
    """The operations of a `HodlHodl`, each returning a `RawResponse`: the typed result and the HTTP response."""

    def __init__(self, client: HodlHodl) -> None:
        self.list_chat_messages = raw_response(client.list_chat_messages)
        self.get_contract = raw_response(client.get_contract)
        self.list_my_contracts = raw_response(client.list_my_contracts)
        self.create_contract = raw_response(client.create_contract)
        self.confirm_contract = raw_response(client.confirm_contract)
        self.mark_contract_as_paid = raw_response(client.mark_contract_as_paid)
        self.cancel_contract = raw_response(client.cancel_contract)
        self.get_release_transaction = raw_response(client.get_release_transaction)
        self.sign_release_transaction = raw_response(client.sign_release_transaction)
        self.get_refund_transaction = raw_response(client.get_refund_transaction)
        self.sign_refund_transaction = raw_response(client.sign_refund_transaction)
        self.start_contract_dispute = raw_response(client.start_contract_dispute)
        self.list_countries = raw_response(client.list_countries)
        self.list_currencies = raw_response(client.list_currencies)
        self.list_exchange_rate_providers = raw_response(client.list_exchange_rate_providers)
        self.read_notifications = raw_response(client.read_notifications)
        self.get_offer = raw_response(client.get_offer)
        self.update_offer = raw_response(client.update_offer)
        self.delete_offer = raw_response(client.delete_offer)
        self.list_offers = raw_response(client.list_offers)
        self.create_offer = raw_response(client.create_offer)
        self.list_my_offers = raw_response(client.list_my_offers)
        self.fetch_new_offers = raw_response(client.fetch_new_offers)
        self.get_exchange_rate_price = raw_response(client.get_exchange_rate_price)
        self.get_expression_price = raw_response(client.get_expression_price)
        self.list_payment_method_instructions = raw_response(
            client.list_payment_method_instructions
        )
        self.create_payment_method_instruction = raw_response(
            client.create_payment_method_instruction
        )
        self.get_payment_method_instruction = raw_response(client.get_payment_method_instruction)
        self.delete_payment_method_instruction = raw_response(
            client.delete_payment_method_instruction
        )
        self.list_payment_methods = raw_response(client.list_payment_methods)
        self.get_me = raw_response(client.get_me)


class HodlHodl(BaseClient):
    """Synchronous client of HodlHodl API."""

    _service = SERVICE

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        escrow_xpub: str | None = None,
        escrow_signing_key: str | None = None,
        hodlhodl_public_key: str | None = None,
        network: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_backoff: float = 0.5,
        retry_backoff_cap: float = 8.0,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """Create a client.

        An argument left out (or None) is read from its environment variable, named
        below; an argument passed here wins.

        Args:
            base_url: the service URL (default https://hodlhodl.com/api/v1).
                Environment: HODLHODL_BASE_URL.
            api_key: API key from your account preferences (the API must be enabled
                there), sent as `Authorization: Bearer <your_api_key>`. Environment:
                HODLHODL_API_KEY.
            escrow_xpub: Your account's extended public key (xpub/tpub), whose child at
                `escrow.index` is your key in the contract's 2-of-3 escrow. Given it,
                get_contract verifies a published escrow before returning: three
                distinct keys, HodlHodl's first, then the seller's, then the buyer's,
                yours in the place of your role (`your_role`), and an address that is
                P2SH-P2WSH of the script on `network`. A contract whose escrow is not
                published yet is returned as it is (there is nothing to check;
                confirm_verified_contract refuses it). Without this option escrows are
                not verified, and the client's repr says so; the verified flows need it.
                Environment: HODLHODL_ESCROW_XPUB.
            escrow_signing_key: The key the release and refund flows sign with: your
                extended private key (the child at `escrow.index` signs) or the escrow
                key itself as WIF or 64 hex digits. It must belong to the key
                escrow_xpub gives: the flows refuse to sign with any other. Environment:
                HODLHODL_ESCROW_SIGNING_KEY.
            hodlhodl_public_key: HodlHodl's own escrow public key (hex), when you know
                it from elsewhere. Given it, every verified escrow must hold exactly
                this key in HodlHodl's place, and so every release or refund transaction
                must be signed by it (check `escrow.hodlhodl_key`). Environment:
                HODLHODL_HODLHODL_PUBLIC_KEY.
            network: The bitcoin network of the escrows (mainnet, testnet, signet or
                regtest). (default 'mainnet') Environment: HODLHODL_NETWORK.
            timeout: seconds one attempt may take, from connecting to the last byte of
                the body (an httpx.Timeout also limits each phase; the attempt then has
                the longest of its limits); None waits forever. Default: 30 s (10 s to
                connect), or the timeout of `http_client` when one is given.
            deadline: seconds a whole call may take, every retry and wait included; by
                default each attempt's timeout plus the longest backoff between
                attempts; None for no limit. A Retry-After that would pass it is not
                waited for: the call fails at once, saying why.
            max_response_bytes: the largest body accepted, counted after decompression
                as it arrives (default 32 MiB); a larger one raises
                HodlHodlResponseTooLargeError.
            max_retries: retries of operations safe to repeat on connection errors, 408,
                429, 500, 502, 503 and 504, and whenever the server answers
                `x-should-retry: true` (never after `x-should-retry: false`; 0 switches
                retries off). An operation that creates something or moves money is
                never resent.
            retry_backoff: first backoff in seconds, doubled each retry, with full
                jitter.
            retry_backoff_cap: the longest backoff in seconds (Retry-After is honoured
                up to 60 s).
            default_headers: headers sent with every request.
            http_client: an httpx client to use instead of the client's own (not closed
                by it).
            transport: an httpx transport for the client's own httpx client.
        """
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            retry_backoff_cap=retry_backoff_cap,
            credentials={
                "api_key": api_key,
            },
            options={
                "escrow_xpub": escrow_xpub,
                "escrow_signing_key": escrow_signing_key,
                "hodlhodl_public_key": hodlhodl_public_key,
                "network": network,
            },
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        api_key: str | None | NotGiven = NOT_GIVEN,
        escrow_xpub: str | None | NotGiven = NOT_GIVEN,
        escrow_signing_key: str | None | NotGiven = NOT_GIVEN,
        hodlhodl_public_key: str | None | NotGiven = NOT_GIVEN,
        network: str | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_backoff: float | NotGiven = NOT_GIVEN,
        retry_backoff_cap: float | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | None | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with the given settings changed and the others kept.

        It shares this client's connection pool (no new connections, nothing to close):
        closing the copy closes nothing, closing this client closes the pool for both.
        The arguments are the constructor's; a credential or option given as None is
        unset in the copy (an option falls back to its default), the environment is not
        read again.
        """
        return self._copy(
            {
                "base_url": base_url,
                "api_key": api_key,
                "escrow_xpub": escrow_xpub,
                "escrow_signing_key": escrow_signing_key,
                "hodlhodl_public_key": hodlhodl_public_key,
                "network": network,
                "timeout": timeout,
                "deadline": deadline,
                "max_response_bytes": max_response_bytes,
                "max_retries": max_retries,
                "retry_backoff": retry_backoff,
                "retry_backoff_cap": retry_backoff_cap,
                "default_headers": default_headers,
                "http_client": http_client,
            }
        )

    copy = with_options

    @functools.cached_property
    def with_raw_response(self) -> HodlHodlWithRawResponse:
        """Every operation with the same arguments, returning the typed result together
        with the HTTP response."""
        return HodlHodlWithRawResponse(self)

    def list_chat_messages(
        self,
        *,
        contract_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[ChatMessage]:
        """Listing chat messages for a contract

        Listing chat messages for a contract (Chat messages resource).

        Args:
            contract_id: Contract ID (`contract_id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.LIST_CHAT_MESSAGES,
            {"contract_id": contract_id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_contract(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Getting contract

        This method could be requested at any time by either party to check contract
        status (including status of cryptocurrency deposit). The initiator of a new
        contract sends this request once every 1-3 minutes until contract.escrow.address
        is not null; the buyer sends it once every 1-5 minutes until the contract status
        is "in_progress". Runtime verification will apply here: the escrow data (witness
        script, address and index) is verified locally by the client before the escrow
        is confirmed or funds are moved — the address must be the P2SH-P2WSH address of
        the 2-of-3 witness script, and the script's keys are checked against the
        client's own keys for the escrow index (see the HodlHodl multisig contract
        specification and hodl-client-js).

        Args:
            id: Contract ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.GET_CONTRACT,
            {"id": id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_my_contracts(
        self,
        *,
        pagination: Pagination | Mapping[str, Any] | None = None,
        filters: ContractFilters | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Contract]:
        """Listing my contracts

        This method will return all your existing contracts, recently created first.
        Response could be filtered by side and/or by status.

        Args:
            pagination: Pagination: `pagination[limit]` (number of records to return,
                default 50, maximum 100) and `pagination[offset]` (number of records to
                skip, e.g. 50 for second page of results with the default limit).
                (`pagination` in query)
            filters: Filters: `filters[side]` ("buy" or "sell") and `filters[status]`
                (status, see contract.status response field in Getting contract).
                Example route: `GET /api/v1/contracts/my?filters[status]=pending`.
                (`filters` in query)

        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.LIST_MY_CONTRACTS,
            {"pagination": pagination, "filters": filters},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def iter_list_my_contracts(
        self,
        *,
        pagination: Pagination | Mapping[str, Any] | None = None,
        filters: ContractFilters | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPager[Contract, list[Contract]]:
        """Every item of list_my_contracts, page after page (offset paging), requested
        as needed.

        `first_page()` and `iter_pages()` give the pages instead (each with `.items`,
        `.result`, `.has_next_page()` and `.next_page()`). A page the service sends
        twice stops the iteration with HodlHodlPaginationError.
        """
        return self._paginate(
            _ops.LIST_MY_CONTRACTS,
            {"pagination": pagination, "filters": filters},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_contract(
        self,
        *,
        body: CreateContractRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Creating contract

        Creates a contract for an offer (step 1 of the contracts workflow: buyer or
        seller sends “Creating contract” request to the server).

        All contracts operations require payment password to be created via the website
        (Profile -> Trading Settings). If payment password hasn’t been created on the
        website, or if “Bitcoin address” hasn’t been set in “Trading Settings”,
        validation error will be returned to this request.

        The escrow address of the new contract may still be null: send “Getting
        contract” once every 1-3 minutes until it appears, then verify it locally and
        confirm it with “Confirming contract's escrow validity”.

        Args:
            body: the request body: The contract to create (see the notes of
                CreateContract). (application/json)

        Raises:
            BadRequestError: 400 BAD REQUEST: a required root parameter of the request
                is omitted ("missing_parameter"; "parameter" names it).
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.CREATE_CONTRACT,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def confirm_contract(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Confirming contract's escrow validity

        This method is used to confirm that client-side validation of escrow data was
        successful.

        This method should be called immediately after escrow address appeared in
        Getting contract response and this escrow address has been verified locally by
        the client.

        Client should verify contract’s escrow data (witness script, address and index)
        and then send this request. See JS client documentation/examples for more
        details.

        This method gives information to the server that the calling party agrees to go
        forward with the contract. Clients should ensure by themselves independently
        that they move funds to the correct address/escrow.

        Runtime verification will apply here: the escrow data (witness script, address
        and index) is verified locally by the client before the escrow is confirmed or
        funds are moved — the address must be the P2SH-P2WSH address of the 2-of-3
        witness script, and the script's keys are checked against the client's own keys
        for the escrow index (see the HodlHodl multisig contract specification and
        hodl-client-js).

        With `escrow_xpub` set, the contract this answers with is verified as
        get_contract's is, and must be the contract asked for (`contract.id`): the
        escrow address it hands over to fund is one that checked out.

        Args:
            id: Contract ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.CONFIRM_CONTRACT,
            {"id": id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def mark_contract_as_paid(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Marking contract as paid

        Buyer (and only buyer) should call this method when fiat payment was made. This
        method could be called only if contract’s status is "in_progress". If you are
        the buyer, DO NOT SEND PAYMENT UNTIL CONTRACT STATUS IS "in_progress".

        Args:
            id: Contract ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.MARK_CONTRACT_AS_PAID,
            {"id": id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def cancel_contract(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Canceling contract

        Contract could be canceled when any of the following conditions are met:

        - Contract status is "pending" and there are no bitcoins at the escrow address
          according to our most recent data
        - Contract status is "depositing" and you are the seller
        - Contract status is "depositing", you are the buyer, and depositing time has
          expired
        - Contract status is "in_progress" and you are the buyer
        - Contract status is "in_progress", you are the seller, and payment window has
          expired

        If none of the conditions above are met then a validation error will be returned
        (422).

        Args:
            id: Contract ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 None of the cancellation conditions is met
                ("validation").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.CANCEL_CONTRACT,
            {"id": id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_release_transaction(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ContractTransaction:
        """Showing release transaction of contract

        This method should be called by seller when contract status is "paid"; or by
        buyer when contract status is "resolved" and "dispute_status" is
        "resolved_in_favor_of_buyer". The seller fetches the release transaction
        pre-signed by the server, verifies and signs it locally, and sends it with
        “Signing release transaction of contract”. Runtime verification will apply to
        this operation's result: the pre-signed transaction is verified locally before
        it is signed — that it spends the contract's escrow output, that its outputs
        match the contract, and that the server's signature verifies (BIP143, amounts
        from in_amounts) against the witness script.

        Args:
            id: Contract ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.GET_RELEASE_TRANSACTION,
            {"id": id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def sign_release_transaction(
        self,
        *,
        id: str,
        body: SignTransactionRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Signing release transaction of contract

        This method seller should call after viewing & verifying release transaction.
        Provide signed transaction as hex string in the "hex" parameter. Runtime signing
        will apply here: the hex sent is the transaction obtained from the corresponding
        "Showing ... transaction of contract" method after local verification, signed
        locally by the client in place of the 70-byte placeholder of its witness.

        Args:
            id: Contract ID (`id` in path)
            body: the request body: The signed release transaction. (application/json)

        Raises:
            BadRequestError: 400 BAD REQUEST: a required root parameter of the request
                is omitted ("missing_parameter"; "parameter" names it).
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.SIGN_RELEASE_TRANSACTION,
            {"id": id},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_refund_transaction(
        self,
        *,
        id: str,
        release_address: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ContractTransaction:
        """Showing refund transaction of contract

        This method should be called by seller when contract status is "resolved" and
        "dispute_status" is "resolved_in_favor_of_seller". Runtime verification will
        apply to this operation's result: the pre-signed transaction is verified locally
        before it is signed — that it spends the contract's escrow output, that its
        outputs match the contract, and that the server's signature verifies (BIP143,
        amounts from in_amounts) against the witness script.

        Args:
            id: Contract ID (`id` in path)
            release_address: Release address for the refund (required)
                (`release_address` in query)

        Raises:
            BadRequestError: 400 BAD REQUEST: a required root parameter of the request
                is omitted ("missing_parameter"; "parameter" names it).
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.GET_REFUND_TRANSACTION,
            {"id": id, "release_address": release_address},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def sign_refund_transaction(
        self,
        *,
        id: str,
        body: SignTransactionRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Signing refund transaction of contract

        This method seller should call after viewing & verifying refund transaction.
        Provide signed transaction as hex string in the "hex" parameter. Runtime signing
        will apply here: the hex sent is the transaction obtained from the corresponding
        "Showing ... transaction of contract" method after local verification, signed
        locally by the client in place of the 70-byte placeholder of its witness.

        Args:
            id: Contract ID (`id` in path)
            body: the request body: The signed refund transaction. (application/json)

        Raises:
            BadRequestError: 400 BAD REQUEST: a required root parameter of the request
                is omitted ("missing_parameter"; "parameter" names it).
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.SIGN_REFUND_TRANSACTION,
            {"id": id},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def start_contract_dispute(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Starting dispute on the contract

        Starts the dispute.

        Dispute could be started:

        - by the seller — when the contract status is "paid"
        - by the buyer — when the contract status is "paid" and payment window has
          expired

        There is no way to resolve disputes or leave feedback via the API at the moment;
        such actions should be performed manually via the website.

        Args:
            id: Contract ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.START_CONTRACT_DISPUTE,
            {"id": id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_countries(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Country]:
        """Listing countries

        Note. Example here doesn’t list actual countries. Do an actual query to the API
        server to get the list. Public endpoint: does not require API key.


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.LIST_COUNTRIES,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_currencies(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Currency]:
        """Listing currencies

        Note. Example here doesn’t list actual currencies. Do an actual query to the API
        server to get the list. Public endpoint: does not require API key.


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.LIST_CURRENCIES,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_exchange_rate_providers(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[ExchangeRateProvider]:
        """Listing exchange rate providers

        Note. Example here doesn’t list actual exchange rate providers. Do an actual
        query to the API server to get the list.


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.LIST_EXCHANGE_RATE_PROVIDERS,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def read_notifications(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Notification]:
        """Reading notifications

        This method fetches all unread notification and marks them as read.

        A client must show all notifications which it fetched.

        A client must show all textual fields of the notification: title, body, link.
        Link should be clickable. Clients should show notifications in a way suitable
        for a particular UI environment which client targets, ensuring best user
        experience.

        Note: body of a notification could be multiline (standard line feeds \\n will be
        used). Title, body and link are all plain-text (no HTML markup).

        Not safe to resend: a repeated request after a lost response would not return
        the notifications already marked as read.


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.READ_NOTIFICATIONS,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_offer(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Offer:
        """Getting offer

        Note 1: total fee consists of “trading fee” and “transaction fee”. Trading fee
        is calculated as minimum among buyer and seller fee. User fee is calculated as
        base fee rate minus discount for online presence. Transaction fee is estimated
        accroding to current blockchain situation.

        Note 2: list of all payment methods, used across the exchange, could be obtained
        by querying “Payment methods” resource.

        Note 3: country and country_code will be "Global" for worldwide offers/traders.

        Public endpoint: does not require API key. The fee's your_fee_rate and the
        creator-only fields can only be personal to an authenticated caller.

        Args:
            id: Offer ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.GET_OFFER,
            {"id": id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def update_offer(
        self,
        *,
        id: str,
        body: UpdateOfferRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Offer:
        """Updating offer

        All parameters (except ID) are optional. An attribute does’t change if the
        corresponding parameter isn’t set. Parameters are the same as in Creating offer
        method, except it is impossible to change an offer’s asset (asset_code) or side
        (side).

        Args:
            id: Offer ID (required) (`id` in path)
            body: the request body: The offer changes. (application/json)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.UPDATE_OFFER,
            {"id": id},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def delete_offer(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Deleting offer

        Deletes an offer. Responds 204 with no body (unlike Deleting payment method
        instruction, which responds 200 with `{"status": "success"}`).

        Args:
            id: Offer ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.DELETE_OFFER,
            {"id": id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_offers(
        self,
        *,
        pagination: Pagination | Mapping[str, Any] | None = None,
        filters: OfferFilters | Mapping[str, Any] | None = None,
        sort: OfferSort | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Offer]:
        """Searching/listing offers

        Searching/listing offers. Note 1. All filters could be ommitted. Only
        non-private offers appear. Public endpoint: does not require API key.

        Args:
            pagination: Pagination: `pagination[limit]` (number of records to return,
                default 50, maximum 100) and `pagination[offset]` (number of records to
                skip). (`pagination` in query)
            filters: Filters, each sent as `filters[<name>]` (all could be omitted):
                asset_code, side, include_global, only_working_now, country,
                currency_code, payment_method_id, payment_method_type,
                payment_method_name, volume, payment_window_minutes_max,
                user_average_payment_time_minutes_max,
                user_average_release_time_minutes_max (see OfferFilters). (`filters` in
                query)
            sort: Sorting: `sort[by]` ("price" (default), "payment_window_minutes",
                "user_average_payment_time_minutes",
                "user_average_release_time_minutes", "rating") and `sort[direction]`
                ("asc" (default) or "desc"). Example route: `GET
                /api/v1/offers?sort[by]=payment_window_minutes&sort[direction]=asc&filters[user_average_release_time_minutes_max]=25`.
                (`sort` in query)

        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.LIST_OFFERS,
            {"pagination": pagination, "filters": filters, "sort": sort},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def iter_list_offers(
        self,
        *,
        pagination: Pagination | Mapping[str, Any] | None = None,
        filters: OfferFilters | Mapping[str, Any] | None = None,
        sort: OfferSort | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPager[Offer, list[Offer]]:
        """Every item of list_offers, page after page (offset paging), requested as
        needed.

        `first_page()` and `iter_pages()` give the pages instead (each with `.items`,
        `.result`, `.has_next_page()` and `.next_page()`). A page the service sends
        twice stops the iteration with HodlHodlPaginationError.
        """
        return self._paginate(
            _ops.LIST_OFFERS,
            {"pagination": pagination, "filters": filters, "sort": sort},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_offer(
        self,
        *,
        body: CreateOfferRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Offer:
        """Creating offer

        Creates an offer. See CreateOffer for the parameters and the three ways to price
        an offer (fixed value, exchange rate, expression).

        Args:
            body: the request body: The offer to create. (application/json)

        Raises:
            BadRequestError: 400 BAD REQUEST: a required root parameter of the request
                is omitted ("missing_parameter"; "parameter" names it).
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.CREATE_OFFER,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_my_offers(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Offer]:
        """Listing my offers

        This method will return all your existing offers, recently created first.


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.LIST_MY_OFFERS,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def fetch_new_offers(
        self,
        *,
        pagination: NewOffersPagination | Mapping[str, Any] | None = None,
        filters: OfferFilters | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Offer]:
        """Fetching newly created offers

        This method allows you to fetch newly created offer.

        Store pagination.last_id from the first response of this method call on the
        client. Provide pagination.last_id as pagination.newer_than_id parameter to the
        next method call to fetch offers which were created strictly after the one with
        last_id. Repeat until all offers are fetched (offers is []).

        Offers in the response will always be sorted from the oldest to the newest, so
        pagination.last_id is the id of the last offer of the page; the generated
        iterator follows that id.

        Args:
            pagination: Cursor: `pagination[newer_than_id]` — set to pagination.last_id
                value from the previous request (omit it or set to known offer’s ID as
                initial value). (`pagination` in query)
            filters: Filters, each sent as `filters[<name>]` (all could be omitted):
                asset_code, side, include_global, only_working_now, country,
                currency_code, payment_method_id, payment_method_type,
                payment_method_name, volume, payment_window_minutes_max,
                user_average_payment_time_minutes_max,
                user_average_release_time_minutes_max (see OfferFilters). Example route:
                `GET
                /api/v1/offers/fetch_new?filters[user_average_release_time_minutes_max]=25&pagination[newer_than_id]=l0Bv4L30ktAk4wfm`.
                (`filters` in query)

        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.FETCH_NEW_OFFERS,
            {"pagination": pagination, "filters": filters},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def iter_fetch_new_offers(
        self,
        *,
        pagination: NewOffersPagination | Mapping[str, Any] | None = None,
        filters: OfferFilters | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPager[Offer, list[Offer]]:
        """Every item of fetch_new_offers, page after page (cursor paging), requested as
        needed.

        `first_page()` and `iter_pages()` give the pages instead (each with `.items`,
        `.result`, `.has_next_page()` and `.next_page()`). A page the service sends
        twice stops the iteration with HodlHodlPaginationError.
        """
        return self._paginate(
            _ops.FETCH_NEW_OFFERS,
            {"pagination": pagination, "filters": filters},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def get_exchange_rate_price(
        self,
        *,
        asset_code: AssetCode | Literal["BTC", "BTCLN"] | None = None,
        currency_code: str | None = None,
        provider: str | None = None,
        deviation: DecimalText | None = None,
        sign: ExchangePriceSign | Literal["+", "-"] | None = None,
        unit: ExchangePriceUnit | Literal["%", "currency"] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DecimalText:
        """Fetching tied to exchange price value

        Price is calculated from base value - market rate taken from one of supported
        exchanges and deviation from that rate. Deviation can be defined in percent
        (+10%) or as absolute value (-200 USD). In the example we assume that current
        BTC/USD rate on Bitstamp is equal to 5000.

        Args:
            asset_code: Cryptocurrency asset code. Currently only ‘BTC’ supported
                (`asset_code` in query)
            currency_code: Fiat currency code (`currency_code` in query)
            provider: Exchange rate provider name (see exchange rates list) (`provider`
                in query)
            deviation: Deviation from exchange value (`deviation` in query)
            sign: + or - for adding or substraction from provider rate ("+" travels as
                %2B) (`sign` in query)
            unit: Deviation unit. Can be % for relative values or currency for absolute
                values (`unit` in query)

        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.GET_EXCHANGE_RATE_PRICE,
            {
                "asset_code": asset_code,
                "currency_code": currency_code,
                "provider": provider,
                "deviation": deviation,
                "sign": sign,
                "unit": unit,
            },
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_expression_price(
        self,
        *,
        expression: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DecimalText:
        """Fetching price evaluated from expression

        Fetching price evaluated from expression. Full expressions guide can be found in
        FAQ. In the example we assume that current BTC/USD rate on Bitstamp is equal to
        5000.

        Args:
            expression: Expression that is evaluated to calculate price (`expression` in
                query)

        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.GET_EXPRESSION_PRICE,
            {"expression": expression},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_payment_method_instructions(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[PaymentMethodInstruction]:
        """Listing payment method instructions

        Listing payment method instructions. Note. You can view (list, delete) only
        payment method instructions which you have created. Payment method instruction
        is relevant to your ‘sell’ orders — they connect general payment method (e.g.
        “Online payment system -> Moneygram”) with your specific details (e.g. “Pay to
        account No. 12345”).


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.LIST_PAYMENT_METHOD_INSTRUCTIONS,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_payment_method_instruction(
        self,
        *,
        body: CreatePaymentMethodInstructionRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PaymentMethodInstruction:
        """Creating payment method instruction

        Creating payment method instruction.

        Args:
            body: the request body: The payment method instruction to create.
                (application/json)

        Raises:
            BadRequestError: 400 BAD REQUEST: a required root parameter of the request
                is omitted ("missing_parameter"; "parameter" names it).
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.CREATE_PAYMENT_METHOD_INSTRUCTION,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_payment_method_instruction(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PaymentMethodInstruction:
        """Getting payment method instruction

        Getting payment method instruction. Note. You can view (list, delete) only
        payment method instructions which you have created. Payment method instruction
        is relevant to your ‘sell’ orders — they connect general payment method (e.g.
        “Online payment system -> Moneygram”) with your specific details (e.g. “Pay to
        account No. 12345”).

        Args:
            id: Payment method instruction ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.GET_PAYMENT_METHOD_INSTRUCTION,
            {"id": id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def delete_payment_method_instruction(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> StatusEnvelope:
        """Deleting payment method instruction

        Deleting payment method instruction. Responds 200 with `{"status": "success"}`
        (unlike Deleting offer, which responds 204).

        Args:
            id: Payment method instruction ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.DELETE_PAYMENT_METHOD_INSTRUCTION,
            {"id": id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_payment_methods(
        self,
        *,
        filters: PaymentMethodFilters | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[PaymentMethod]:
        """Listing payment methods

        Note. Payment method type is one of the following: "Bank wire", "Cash",
        "Cryptocurrency", "Online payment system". Public endpoint: does not require API
        key.

        Args:
            filters: Filters: `filters[country]` — country name or code ("Global" to
                list global payment methods, omit to return all payment methods).
                Example route: `GET /api/v1/payment_methods?filters[country]=China`.
                (`filters` in query)

        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.LIST_PAYMENT_METHODS,
            {"filters": filters},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_me(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> User:
        """Getting myself

        This method will return information on current user (including the encrypted
        payment seed, see Contracts API restrictions).


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return self._request(
            _ops.GET_ME,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def confirm_verified_contract(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """Verify the contract's escrow locally, then confirm it

        HodlHodl asks each party to verify the escrow (witness script, address, index)
        before confirming it. This fetches the contract, verifies its escrow with
        `escrow_xpub` (three distinct keys, yours once in your role's place, the address
        P2SH-P2WSH of the script) and confirms it only when that passed. A contract
        whose escrow is not published yet is refused (check `contract.escrow`): there is
        nothing to verify, so nothing is confirmed; so is a contract other than the one
        asked for (`contract.id`). The contract the confirmation answers with is
        returned only if its escrow is the one verified (`escrow.changed` otherwise: the
        confirmation was sent, but fund no escrow before you know why it changed).

        Args:
            id: The contract ID.



        Steps: get_contract -> coinspec_runtime.hodlhodl.verify_contract_escrow ->
            confirm_contract -> coinspec_runtime.hodlhodl.verify_contract_escrow.
        """
        self._require_options("confirm_verified_contract", ("escrow_xpub",))
        import coinspec_runtime.hodlhodl  # the runtime is loaded when a flow runs, not with the client

        _contract = self.get_contract(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _escrow = self._run_step(
            "confirm_verified_contract",
            coinspec_runtime.hodlhodl.verify_contract_escrow,
            contract=_to_wire(_contract),
            network=self._options.get("network"),
            xpub=self._options.get("escrow_xpub"),
            hodlhodl_public_key=self._options.get("hodlhodl_public_key"),
            contract_id=id,
        )
        _confirmed = self.confirm_contract(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _step4 = self._run_step(
            "confirm_verified_contract",
            coinspec_runtime.hodlhodl.verify_contract_escrow,
            contract=_to_wire(_confirmed),
            network=self._options.get("network"),
            xpub=self._options.get("escrow_xpub"),
            hodlhodl_public_key=self._options.get("hodlhodl_public_key"),
            contract_id=id,
            same_as=_escrow,
        )
        return _confirmed

    def release_escrow(
        self,
        *,
        id: str,
        max_fee: int = 10000,
        max_fee_rate: int = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """As the seller: fetch, verify, sign and post the release transaction

        The seller's release, the step of HodlHodl's contract workflow once the buyer
        has paid. Fetches the contract and the release transaction pre-signed by
        HodlHodl and checks what the seller can know (HodlHodl shows the buyer's address
        to the buyer only): the contract is the one asked for (`contract.id`; the
        transaction, when it names its contract, names it), says you are the seller and
        its escrow verifies; every input spends the escrow and carries HodlHodl's valid
        signature (BIP143, amounts from in_amounts); one output carries goes_to_buyer
        less the transaction fee, one other exactly the exchange fee, and nothing else
        is paid; the fee is at most `max_fee` satoshis and `max_fee_rate` sat/vB; the
        transaction is final now. Then it signs with `escrow_signing_key`, runs every
        input through the script interpreter and posts it. Nothing is signed or posted
        after a failed check (HodlHodlVerificationError names it).

        Args:
            id: The contract ID.
            max_fee: The largest transaction fee in satoshis you accept.
            max_fee_rate: The largest fee rate you accept, in satoshis per virtual byte
                of the signed transaction.



        Steps: get_contract -> get_release_transaction ->
            coinspec_runtime.hodlhodl.verify_release_transaction ->
            coinspec_runtime.hodlhodl.sign_release_transaction ->
            sign_release_transaction.
        """
        self._require_options("release_escrow", ("escrow_xpub", "escrow_signing_key"))
        import coinspec_runtime.hodlhodl  # the runtime is loaded when a flow runs, not with the client

        _contract = self.get_contract(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _transaction = self.get_release_transaction(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _verified = self._run_step(
            "release_escrow",
            coinspec_runtime.hodlhodl.verify_release_transaction,
            contract=_to_wire(_contract),
            transaction=_to_wire(_transaction),
            network=self._options.get("network"),
            xpub=self._options.get("escrow_xpub"),
            hodlhodl_public_key=self._options.get("hodlhodl_public_key"),
            contract_id=id,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _signed = self._run_step(
            "release_escrow",
            coinspec_runtime.hodlhodl.sign_release_transaction,
            verified=_verified,
            key=self._options.get("escrow_signing_key"),
        )
        _step5 = self.sign_release_transaction(
            id=id,
            body={"hex": _signed},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return _step5

    def release_disputed_escrow(
        self,
        *,
        id: str,
        release_address: str,
        max_fee: int = 10000,
        max_fee_rate: int = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """As the buyer, after a dispute resolved in your favour: fetch, verify, sign
        and post the release

        HodlHodl lets the buyer sign the release transaction when the contract is
        "resolved" in the buyer's favour. As release_escrow, except that the contract
        must say you are the buyer and the goes_to_buyer output must pay
        `release_address` (your own address; the contract's release_address, when shown,
        must be the same).

        Args:
            id: The contract ID.
            release_address: Your address the released coins must go to.
            max_fee: The largest transaction fee in satoshis you accept.
            max_fee_rate: The largest fee rate you accept, in satoshis per virtual byte
                of the signed transaction.



        Steps: get_contract -> get_release_transaction ->
            coinspec_runtime.hodlhodl.verify_disputed_release_transaction ->
            coinspec_runtime.hodlhodl.sign_release_transaction ->
            sign_release_transaction.
        """
        self._require_options("release_disputed_escrow", ("escrow_xpub", "escrow_signing_key"))
        import coinspec_runtime.hodlhodl  # the runtime is loaded when a flow runs, not with the client

        _contract = self.get_contract(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _transaction = self.get_release_transaction(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _verified = self._run_step(
            "release_disputed_escrow",
            coinspec_runtime.hodlhodl.verify_disputed_release_transaction,
            contract=_to_wire(_contract),
            transaction=_to_wire(_transaction),
            release_address=release_address,
            network=self._options.get("network"),
            xpub=self._options.get("escrow_xpub"),
            hodlhodl_public_key=self._options.get("hodlhodl_public_key"),
            contract_id=id,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _signed = self._run_step(
            "release_disputed_escrow",
            coinspec_runtime.hodlhodl.sign_release_transaction,
            verified=_verified,
            key=self._options.get("escrow_signing_key"),
        )
        _step5 = self.sign_release_transaction(
            id=id,
            body={"hex": _signed},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return _step5

    def refund_escrow(
        self,
        *,
        id: str,
        release_address: str,
        max_fee: int = 10000,
        max_fee_rate: int = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """As the seller, after a dispute resolved in your favour: fetch, verify, sign
        and post the refund

        For a contract "resolved" in the seller's favour: fetches the contract and the
        refund transaction pre-signed by HodlHodl to `release_address` and checks that
        the contract says you are the seller, its escrow verifies, every input spends it
        with HodlHodl's valid signature, everything the inputs hold goes to
        `release_address` less a fee of at most `max_fee` satoshis and `max_fee_rate`
        sat/vB in the only output, and the transaction is final now; then it signs with
        `escrow_signing_key`, runs every input through the script interpreter and posts
        it. Nothing is signed or posted after a failed check.

        Args:
            id: The contract ID.
            release_address: Your address the escrowed coins return to.
            max_fee: The largest transaction fee in satoshis you accept.
            max_fee_rate: The largest fee rate you accept, in satoshis per virtual byte
                of the signed transaction.



        Steps: get_contract -> get_refund_transaction ->
            coinspec_runtime.hodlhodl.verify_refund_transaction ->
            coinspec_runtime.hodlhodl.sign_refund_transaction ->
            sign_refund_transaction.
        """
        self._require_options("refund_escrow", ("escrow_xpub", "escrow_signing_key"))
        import coinspec_runtime.hodlhodl  # the runtime is loaded when a flow runs, not with the client

        _contract = self.get_contract(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _transaction = self.get_refund_transaction(
            id=id,
            release_address=release_address,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _verified = self._run_step(
            "refund_escrow",
            coinspec_runtime.hodlhodl.verify_refund_transaction,
            contract=_to_wire(_contract),
            transaction=_to_wire(_transaction),
            release_address=release_address,
            network=self._options.get("network"),
            xpub=self._options.get("escrow_xpub"),
            hodlhodl_public_key=self._options.get("hodlhodl_public_key"),
            contract_id=id,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _signed = self._run_step(
            "refund_escrow",
            coinspec_runtime.hodlhodl.sign_refund_transaction,
            verified=_verified,
            key=self._options.get("escrow_signing_key"),
        )
        _step5 = self.sign_refund_transaction(
            id=id,
            body={"hex": _signed},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return _step5


class AsyncHodlHodlWithRawResponse:
    """The operations of an `AsyncHodlHodl`, each returning a `RawResponse`: the typed result and the HTTP response."""

    def __init__(self, client: AsyncHodlHodl) -> None:
        self.list_chat_messages = async_raw_response(client.list_chat_messages)
        self.get_contract = async_raw_response(client.get_contract)
        self.list_my_contracts = async_raw_response(client.list_my_contracts)
        self.create_contract = async_raw_response(client.create_contract)
        self.confirm_contract = async_raw_response(client.confirm_contract)
        self.mark_contract_as_paid = async_raw_response(client.mark_contract_as_paid)
        self.cancel_contract = async_raw_response(client.cancel_contract)
        self.get_release_transaction = async_raw_response(client.get_release_transaction)
        self.sign_release_transaction = async_raw_response(client.sign_release_transaction)
        self.get_refund_transaction = async_raw_response(client.get_refund_transaction)
        self.sign_refund_transaction = async_raw_response(client.sign_refund_transaction)
        self.start_contract_dispute = async_raw_response(client.start_contract_dispute)
        self.list_countries = async_raw_response(client.list_countries)
        self.list_currencies = async_raw_response(client.list_currencies)
        self.list_exchange_rate_providers = async_raw_response(client.list_exchange_rate_providers)
        self.read_notifications = async_raw_response(client.read_notifications)
        self.get_offer = async_raw_response(client.get_offer)
        self.update_offer = async_raw_response(client.update_offer)
        self.delete_offer = async_raw_response(client.delete_offer)
        self.list_offers = async_raw_response(client.list_offers)
        self.create_offer = async_raw_response(client.create_offer)
        self.list_my_offers = async_raw_response(client.list_my_offers)
        self.fetch_new_offers = async_raw_response(client.fetch_new_offers)
        self.get_exchange_rate_price = async_raw_response(client.get_exchange_rate_price)
        self.get_expression_price = async_raw_response(client.get_expression_price)
        self.list_payment_method_instructions = async_raw_response(
            client.list_payment_method_instructions
        )
        self.create_payment_method_instruction = async_raw_response(
            client.create_payment_method_instruction
        )
        self.get_payment_method_instruction = async_raw_response(
            client.get_payment_method_instruction
        )
        self.delete_payment_method_instruction = async_raw_response(
            client.delete_payment_method_instruction
        )
        self.list_payment_methods = async_raw_response(client.list_payment_methods)
        self.get_me = async_raw_response(client.get_me)


class AsyncHodlHodl(AsyncBaseClient):
    """Asynchronous client of HodlHodl API."""

    _service = SERVICE

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        escrow_xpub: str | None = None,
        escrow_signing_key: str | None = None,
        hodlhodl_public_key: str | None = None,
        network: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_backoff: float = 0.5,
        retry_backoff_cap: float = 8.0,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """Create a client.

        An argument left out (or None) is read from its environment variable, named
        below; an argument passed here wins.

        Args:
            base_url: the service URL (default https://hodlhodl.com/api/v1).
                Environment: HODLHODL_BASE_URL.
            api_key: API key from your account preferences (the API must be enabled
                there), sent as `Authorization: Bearer <your_api_key>`. Environment:
                HODLHODL_API_KEY.
            escrow_xpub: Your account's extended public key (xpub/tpub), whose child at
                `escrow.index` is your key in the contract's 2-of-3 escrow. Given it,
                get_contract verifies a published escrow before returning: three
                distinct keys, HodlHodl's first, then the seller's, then the buyer's,
                yours in the place of your role (`your_role`), and an address that is
                P2SH-P2WSH of the script on `network`. A contract whose escrow is not
                published yet is returned as it is (there is nothing to check;
                confirm_verified_contract refuses it). Without this option escrows are
                not verified, and the client's repr says so; the verified flows need it.
                Environment: HODLHODL_ESCROW_XPUB.
            escrow_signing_key: The key the release and refund flows sign with: your
                extended private key (the child at `escrow.index` signs) or the escrow
                key itself as WIF or 64 hex digits. It must belong to the key
                escrow_xpub gives: the flows refuse to sign with any other. Environment:
                HODLHODL_ESCROW_SIGNING_KEY.
            hodlhodl_public_key: HodlHodl's own escrow public key (hex), when you know
                it from elsewhere. Given it, every verified escrow must hold exactly
                this key in HodlHodl's place, and so every release or refund transaction
                must be signed by it (check `escrow.hodlhodl_key`). Environment:
                HODLHODL_HODLHODL_PUBLIC_KEY.
            network: The bitcoin network of the escrows (mainnet, testnet, signet or
                regtest). (default 'mainnet') Environment: HODLHODL_NETWORK.
            timeout: seconds one attempt may take, from connecting to the last byte of
                the body (an httpx.Timeout also limits each phase; the attempt then has
                the longest of its limits); None waits forever. Default: 30 s (10 s to
                connect), or the timeout of `http_client` when one is given.
            deadline: seconds a whole call may take, every retry and wait included; by
                default each attempt's timeout plus the longest backoff between
                attempts; None for no limit. A Retry-After that would pass it is not
                waited for: the call fails at once, saying why.
            max_response_bytes: the largest body accepted, counted after decompression
                as it arrives (default 32 MiB); a larger one raises
                HodlHodlResponseTooLargeError.
            max_retries: retries of operations safe to repeat on connection errors, 408,
                429, 500, 502, 503 and 504, and whenever the server answers
                `x-should-retry: true` (never after `x-should-retry: false`; 0 switches
                retries off). An operation that creates something or moves money is
                never resent.
            retry_backoff: first backoff in seconds, doubled each retry, with full
                jitter.
            retry_backoff_cap: the longest backoff in seconds (Retry-After is honoured
                up to 60 s).
            default_headers: headers sent with every request.
            http_client: an httpx client to use instead of the client's own (not closed
                by it).
            transport: an httpx transport for the client's own httpx client.
        """
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            retry_backoff_cap=retry_backoff_cap,
            credentials={
                "api_key": api_key,
            },
            options={
                "escrow_xpub": escrow_xpub,
                "escrow_signing_key": escrow_signing_key,
                "hodlhodl_public_key": hodlhodl_public_key,
                "network": network,
            },
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        api_key: str | None | NotGiven = NOT_GIVEN,
        escrow_xpub: str | None | NotGiven = NOT_GIVEN,
        escrow_signing_key: str | None | NotGiven = NOT_GIVEN,
        hodlhodl_public_key: str | None | NotGiven = NOT_GIVEN,
        network: str | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_backoff: float | NotGiven = NOT_GIVEN,
        retry_backoff_cap: float | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with the given settings changed and the others kept.

        It shares this client's connection pool (no new connections, nothing to close):
        closing the copy closes nothing, closing this client closes the pool for both.
        The arguments are the constructor's; a credential or option given as None is
        unset in the copy (an option falls back to its default), the environment is not
        read again.
        """
        return self._copy(
            {
                "base_url": base_url,
                "api_key": api_key,
                "escrow_xpub": escrow_xpub,
                "escrow_signing_key": escrow_signing_key,
                "hodlhodl_public_key": hodlhodl_public_key,
                "network": network,
                "timeout": timeout,
                "deadline": deadline,
                "max_response_bytes": max_response_bytes,
                "max_retries": max_retries,
                "retry_backoff": retry_backoff,
                "retry_backoff_cap": retry_backoff_cap,
                "default_headers": default_headers,
                "http_client": http_client,
            }
        )

    copy = with_options

    @functools.cached_property
    def with_raw_response(self) -> AsyncHodlHodlWithRawResponse:
        """Every operation with the same arguments, returning the typed result together
        with the HTTP response."""
        return AsyncHodlHodlWithRawResponse(self)

    async def list_chat_messages(
        self,
        *,
        contract_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[ChatMessage]:
        """Listing chat messages for a contract

        Listing chat messages for a contract (Chat messages resource).

        Args:
            contract_id: Contract ID (`contract_id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.LIST_CHAT_MESSAGES,
                {"contract_id": contract_id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_contract(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Getting contract

        This method could be requested at any time by either party to check contract
        status (including status of cryptocurrency deposit). The initiator of a new
        contract sends this request once every 1-3 minutes until contract.escrow.address
        is not null; the buyer sends it once every 1-5 minutes until the contract status
        is "in_progress". Runtime verification will apply here: the escrow data (witness
        script, address and index) is verified locally by the client before the escrow
        is confirmed or funds are moved — the address must be the P2SH-P2WSH address of
        the 2-of-3 witness script, and the script's keys are checked against the
        client's own keys for the escrow index (see the HodlHodl multisig contract
        specification and hodl-client-js).

        Args:
            id: Contract ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.GET_CONTRACT,
                {"id": id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_my_contracts(
        self,
        *,
        pagination: Pagination | Mapping[str, Any] | None = None,
        filters: ContractFilters | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Contract]:
        """Listing my contracts

        This method will return all your existing contracts, recently created first.
        Response could be filtered by side and/or by status.

        Args:
            pagination: Pagination: `pagination[limit]` (number of records to return,
                default 50, maximum 100) and `pagination[offset]` (number of records to
                skip, e.g. 50 for second page of results with the default limit).
                (`pagination` in query)
            filters: Filters: `filters[side]` ("buy" or "sell") and `filters[status]`
                (status, see contract.status response field in Getting contract).
                Example route: `GET /api/v1/contracts/my?filters[status]=pending`.
                (`filters` in query)

        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.LIST_MY_CONTRACTS,
                {"pagination": pagination, "filters": filters},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    def iter_list_my_contracts(
        self,
        *,
        pagination: Pagination | Mapping[str, Any] | None = None,
        filters: ContractFilters | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Contract, list[Contract]]:
        """Every item of list_my_contracts, page after page (offset paging), requested
        as needed.

        `await first_page()` and `iter_pages()` give the pages instead (each with
        `.items`, `.result`, `.has_next_page()` and `.next_page()`). A page the service
        sends twice stops the iteration with HodlHodlPaginationError.
        """
        return self._paginate(
            _ops.LIST_MY_CONTRACTS,
            {"pagination": pagination, "filters": filters},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_contract(
        self,
        *,
        body: CreateContractRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Creating contract

        Creates a contract for an offer (step 1 of the contracts workflow: buyer or
        seller sends “Creating contract” request to the server).

        All contracts operations require payment password to be created via the website
        (Profile -> Trading Settings). If payment password hasn’t been created on the
        website, or if “Bitcoin address” hasn’t been set in “Trading Settings”,
        validation error will be returned to this request.

        The escrow address of the new contract may still be null: send “Getting
        contract” once every 1-3 minutes until it appears, then verify it locally and
        confirm it with “Confirming contract's escrow validity”.

        Args:
            body: the request body: The contract to create (see the notes of
                CreateContract). (application/json)

        Raises:
            BadRequestError: 400 BAD REQUEST: a required root parameter of the request
                is omitted ("missing_parameter"; "parameter" names it).
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.CREATE_CONTRACT,
                {},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def confirm_contract(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Confirming contract's escrow validity

        This method is used to confirm that client-side validation of escrow data was
        successful.

        This method should be called immediately after escrow address appeared in
        Getting contract response and this escrow address has been verified locally by
        the client.

        Client should verify contract’s escrow data (witness script, address and index)
        and then send this request. See JS client documentation/examples for more
        details.

        This method gives information to the server that the calling party agrees to go
        forward with the contract. Clients should ensure by themselves independently
        that they move funds to the correct address/escrow.

        Runtime verification will apply here: the escrow data (witness script, address
        and index) is verified locally by the client before the escrow is confirmed or
        funds are moved — the address must be the P2SH-P2WSH address of the 2-of-3
        witness script, and the script's keys are checked against the client's own keys
        for the escrow index (see the HodlHodl multisig contract specification and
        hodl-client-js).

        With `escrow_xpub` set, the contract this answers with is verified as
        get_contract's is, and must be the contract asked for (`contract.id`): the
        escrow address it hands over to fund is one that checked out.

        Args:
            id: Contract ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.CONFIRM_CONTRACT,
                {"id": id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def mark_contract_as_paid(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Marking contract as paid

        Buyer (and only buyer) should call this method when fiat payment was made. This
        method could be called only if contract’s status is "in_progress". If you are
        the buyer, DO NOT SEND PAYMENT UNTIL CONTRACT STATUS IS "in_progress".

        Args:
            id: Contract ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.MARK_CONTRACT_AS_PAID,
                {"id": id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def cancel_contract(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Canceling contract

        Contract could be canceled when any of the following conditions are met:

        - Contract status is "pending" and there are no bitcoins at the escrow address
          according to our most recent data
        - Contract status is "depositing" and you are the seller
        - Contract status is "depositing", you are the buyer, and depositing time has
          expired
        - Contract status is "in_progress" and you are the buyer
        - Contract status is "in_progress", you are the seller, and payment window has
          expired

        If none of the conditions above are met then a validation error will be returned
        (422).

        Args:
            id: Contract ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 None of the cancellation conditions is met
                ("validation").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.CANCEL_CONTRACT,
                {"id": id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_release_transaction(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ContractTransaction:
        """Showing release transaction of contract

        This method should be called by seller when contract status is "paid"; or by
        buyer when contract status is "resolved" and "dispute_status" is
        "resolved_in_favor_of_buyer". The seller fetches the release transaction
        pre-signed by the server, verifies and signs it locally, and sends it with
        “Signing release transaction of contract”. Runtime verification will apply to
        this operation's result: the pre-signed transaction is verified locally before
        it is signed — that it spends the contract's escrow output, that its outputs
        match the contract, and that the server's signature verifies (BIP143, amounts
        from in_amounts) against the witness script.

        Args:
            id: Contract ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.GET_RELEASE_TRANSACTION,
                {"id": id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def sign_release_transaction(
        self,
        *,
        id: str,
        body: SignTransactionRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Signing release transaction of contract

        This method seller should call after viewing & verifying release transaction.
        Provide signed transaction as hex string in the "hex" parameter. Runtime signing
        will apply here: the hex sent is the transaction obtained from the corresponding
        "Showing ... transaction of contract" method after local verification, signed
        locally by the client in place of the 70-byte placeholder of its witness.

        Args:
            id: Contract ID (`id` in path)
            body: the request body: The signed release transaction. (application/json)

        Raises:
            BadRequestError: 400 BAD REQUEST: a required root parameter of the request
                is omitted ("missing_parameter"; "parameter" names it).
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.SIGN_RELEASE_TRANSACTION,
                {"id": id},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_refund_transaction(
        self,
        *,
        id: str,
        release_address: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ContractTransaction:
        """Showing refund transaction of contract

        This method should be called by seller when contract status is "resolved" and
        "dispute_status" is "resolved_in_favor_of_seller". Runtime verification will
        apply to this operation's result: the pre-signed transaction is verified locally
        before it is signed — that it spends the contract's escrow output, that its
        outputs match the contract, and that the server's signature verifies (BIP143,
        amounts from in_amounts) against the witness script.

        Args:
            id: Contract ID (`id` in path)
            release_address: Release address for the refund (required)
                (`release_address` in query)

        Raises:
            BadRequestError: 400 BAD REQUEST: a required root parameter of the request
                is omitted ("missing_parameter"; "parameter" names it).
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.GET_REFUND_TRANSACTION,
                {"id": id, "release_address": release_address},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def sign_refund_transaction(
        self,
        *,
        id: str,
        body: SignTransactionRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Signing refund transaction of contract

        This method seller should call after viewing & verifying refund transaction.
        Provide signed transaction as hex string in the "hex" parameter. Runtime signing
        will apply here: the hex sent is the transaction obtained from the corresponding
        "Showing ... transaction of contract" method after local verification, signed
        locally by the client in place of the 70-byte placeholder of its witness.

        Args:
            id: Contract ID (`id` in path)
            body: the request body: The signed refund transaction. (application/json)

        Raises:
            BadRequestError: 400 BAD REQUEST: a required root parameter of the request
                is omitted ("missing_parameter"; "parameter" names it).
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.SIGN_REFUND_TRANSACTION,
                {"id": id},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def start_contract_dispute(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Starting dispute on the contract

        Starts the dispute.

        Dispute could be started:

        - by the seller — when the contract status is "paid"
        - by the buyer — when the contract status is "paid" and payment window has
          expired

        There is no way to resolve disputes or leave feedback via the API at the moment;
        such actions should be performed manually via the website.

        Args:
            id: Contract ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.START_CONTRACT_DISPUTE,
                {"id": id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_countries(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Country]:
        """Listing countries

        Note. Example here doesn’t list actual countries. Do an actual query to the API
        server to get the list. Public endpoint: does not require API key.


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.LIST_COUNTRIES,
                {},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_currencies(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Currency]:
        """Listing currencies

        Note. Example here doesn’t list actual currencies. Do an actual query to the API
        server to get the list. Public endpoint: does not require API key.


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.LIST_CURRENCIES,
                {},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_exchange_rate_providers(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[ExchangeRateProvider]:
        """Listing exchange rate providers

        Note. Example here doesn’t list actual exchange rate providers. Do an actual
        query to the API server to get the list.


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.LIST_EXCHANGE_RATE_PROVIDERS,
                {},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def read_notifications(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Notification]:
        """Reading notifications

        This method fetches all unread notification and marks them as read.

        A client must show all notifications which it fetched.

        A client must show all textual fields of the notification: title, body, link.
        Link should be clickable. Clients should show notifications in a way suitable
        for a particular UI environment which client targets, ensuring best user
        experience.

        Note: body of a notification could be multiline (standard line feeds \\n will be
        used). Title, body and link are all plain-text (no HTML markup).

        Not safe to resend: a repeated request after a lost response would not return
        the notifications already marked as read.


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.READ_NOTIFICATIONS,
                {},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_offer(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Offer:
        """Getting offer

        Note 1: total fee consists of “trading fee” and “transaction fee”. Trading fee
        is calculated as minimum among buyer and seller fee. User fee is calculated as
        base fee rate minus discount for online presence. Transaction fee is estimated
        accroding to current blockchain situation.

        Note 2: list of all payment methods, used across the exchange, could be obtained
        by querying “Payment methods” resource.

        Note 3: country and country_code will be "Global" for worldwide offers/traders.

        Public endpoint: does not require API key. The fee's your_fee_rate and the
        creator-only fields can only be personal to an authenticated caller.

        Args:
            id: Offer ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.GET_OFFER,
                {"id": id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def update_offer(
        self,
        *,
        id: str,
        body: UpdateOfferRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Offer:
        """Updating offer

        All parameters (except ID) are optional. An attribute does’t change if the
        corresponding parameter isn’t set. Parameters are the same as in Creating offer
        method, except it is impossible to change an offer’s asset (asset_code) or side
        (side).

        Args:
            id: Offer ID (required) (`id` in path)
            body: the request body: The offer changes. (application/json)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.UPDATE_OFFER,
                {"id": id},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def delete_offer(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Deleting offer

        Deletes an offer. Responds 204 with no body (unlike Deleting payment method
        instruction, which responds 200 with `{"status": "success"}`).

        Args:
            id: Offer ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.DELETE_OFFER,
                {"id": id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_offers(
        self,
        *,
        pagination: Pagination | Mapping[str, Any] | None = None,
        filters: OfferFilters | Mapping[str, Any] | None = None,
        sort: OfferSort | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Offer]:
        """Searching/listing offers

        Searching/listing offers. Note 1. All filters could be ommitted. Only
        non-private offers appear. Public endpoint: does not require API key.

        Args:
            pagination: Pagination: `pagination[limit]` (number of records to return,
                default 50, maximum 100) and `pagination[offset]` (number of records to
                skip). (`pagination` in query)
            filters: Filters, each sent as `filters[<name>]` (all could be omitted):
                asset_code, side, include_global, only_working_now, country,
                currency_code, payment_method_id, payment_method_type,
                payment_method_name, volume, payment_window_minutes_max,
                user_average_payment_time_minutes_max,
                user_average_release_time_minutes_max (see OfferFilters). (`filters` in
                query)
            sort: Sorting: `sort[by]` ("price" (default), "payment_window_minutes",
                "user_average_payment_time_minutes",
                "user_average_release_time_minutes", "rating") and `sort[direction]`
                ("asc" (default) or "desc"). Example route: `GET
                /api/v1/offers?sort[by]=payment_window_minutes&sort[direction]=asc&filters[user_average_release_time_minutes_max]=25`.
                (`sort` in query)

        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.LIST_OFFERS,
                {"pagination": pagination, "filters": filters, "sort": sort},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    def iter_list_offers(
        self,
        *,
        pagination: Pagination | Mapping[str, Any] | None = None,
        filters: OfferFilters | Mapping[str, Any] | None = None,
        sort: OfferSort | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Offer, list[Offer]]:
        """Every item of list_offers, page after page (offset paging), requested as
        needed.

        `await first_page()` and `iter_pages()` give the pages instead (each with
        `.items`, `.result`, `.has_next_page()` and `.next_page()`). A page the service
        sends twice stops the iteration with HodlHodlPaginationError.
        """
        return self._paginate(
            _ops.LIST_OFFERS,
            {"pagination": pagination, "filters": filters, "sort": sort},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_offer(
        self,
        *,
        body: CreateOfferRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Offer:
        """Creating offer

        Creates an offer. See CreateOffer for the parameters and the three ways to price
        an offer (fixed value, exchange rate, expression).

        Args:
            body: the request body: The offer to create. (application/json)

        Raises:
            BadRequestError: 400 BAD REQUEST: a required root parameter of the request
                is omitted ("missing_parameter"; "parameter" names it).
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.CREATE_OFFER,
                {},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_my_offers(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Offer]:
        """Listing my offers

        This method will return all your existing offers, recently created first.


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.LIST_MY_OFFERS,
                {},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def fetch_new_offers(
        self,
        *,
        pagination: NewOffersPagination | Mapping[str, Any] | None = None,
        filters: OfferFilters | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Offer]:
        """Fetching newly created offers

        This method allows you to fetch newly created offer.

        Store pagination.last_id from the first response of this method call on the
        client. Provide pagination.last_id as pagination.newer_than_id parameter to the
        next method call to fetch offers which were created strictly after the one with
        last_id. Repeat until all offers are fetched (offers is []).

        Offers in the response will always be sorted from the oldest to the newest, so
        pagination.last_id is the id of the last offer of the page; the generated
        iterator follows that id.

        Args:
            pagination: Cursor: `pagination[newer_than_id]` — set to pagination.last_id
                value from the previous request (omit it or set to known offer’s ID as
                initial value). (`pagination` in query)
            filters: Filters, each sent as `filters[<name>]` (all could be omitted):
                asset_code, side, include_global, only_working_now, country,
                currency_code, payment_method_id, payment_method_type,
                payment_method_name, volume, payment_window_minutes_max,
                user_average_payment_time_minutes_max,
                user_average_release_time_minutes_max (see OfferFilters). Example route:
                `GET
                /api/v1/offers/fetch_new?filters[user_average_release_time_minutes_max]=25&pagination[newer_than_id]=l0Bv4L30ktAk4wfm`.
                (`filters` in query)

        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.FETCH_NEW_OFFERS,
                {"pagination": pagination, "filters": filters},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    def iter_fetch_new_offers(
        self,
        *,
        pagination: NewOffersPagination | Mapping[str, Any] | None = None,
        filters: OfferFilters | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Offer, list[Offer]]:
        """Every item of fetch_new_offers, page after page (cursor paging), requested as
        needed.

        `await first_page()` and `iter_pages()` give the pages instead (each with
        `.items`, `.result`, `.has_next_page()` and `.next_page()`). A page the service
        sends twice stops the iteration with HodlHodlPaginationError.
        """
        return self._paginate(
            _ops.FETCH_NEW_OFFERS,
            {"pagination": pagination, "filters": filters},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def get_exchange_rate_price(
        self,
        *,
        asset_code: AssetCode | Literal["BTC", "BTCLN"] | None = None,
        currency_code: str | None = None,
        provider: str | None = None,
        deviation: DecimalText | None = None,
        sign: ExchangePriceSign | Literal["+", "-"] | None = None,
        unit: ExchangePriceUnit | Literal["%", "currency"] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DecimalText:
        """Fetching tied to exchange price value

        Price is calculated from base value - market rate taken from one of supported
        exchanges and deviation from that rate. Deviation can be defined in percent
        (+10%) or as absolute value (-200 USD). In the example we assume that current
        BTC/USD rate on Bitstamp is equal to 5000.

        Args:
            asset_code: Cryptocurrency asset code. Currently only ‘BTC’ supported
                (`asset_code` in query)
            currency_code: Fiat currency code (`currency_code` in query)
            provider: Exchange rate provider name (see exchange rates list) (`provider`
                in query)
            deviation: Deviation from exchange value (`deviation` in query)
            sign: + or - for adding or substraction from provider rate ("+" travels as
                %2B) (`sign` in query)
            unit: Deviation unit. Can be % for relative values or currency for absolute
                values (`unit` in query)

        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.GET_EXCHANGE_RATE_PRICE,
                {
                    "asset_code": asset_code,
                    "currency_code": currency_code,
                    "provider": provider,
                    "deviation": deviation,
                    "sign": sign,
                    "unit": unit,
                },
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_expression_price(
        self,
        *,
        expression: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DecimalText:
        """Fetching price evaluated from expression

        Fetching price evaluated from expression. Full expressions guide can be found in
        FAQ. In the example we assume that current BTC/USD rate on Bitstamp is equal to
        5000.

        Args:
            expression: Expression that is evaluated to calculate price (`expression` in
                query)

        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.GET_EXPRESSION_PRICE,
                {"expression": expression},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_payment_method_instructions(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[PaymentMethodInstruction]:
        """Listing payment method instructions

        Listing payment method instructions. Note. You can view (list, delete) only
        payment method instructions which you have created. Payment method instruction
        is relevant to your ‘sell’ orders — they connect general payment method (e.g.
        “Online payment system -> Moneygram”) with your specific details (e.g. “Pay to
        account No. 12345”).


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.LIST_PAYMENT_METHOD_INSTRUCTIONS,
                {},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_payment_method_instruction(
        self,
        *,
        body: CreatePaymentMethodInstructionRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PaymentMethodInstruction:
        """Creating payment method instruction

        Creating payment method instruction.

        Args:
            body: the request body: The payment method instruction to create.
                (application/json)

        Raises:
            BadRequestError: 400 BAD REQUEST: a required root parameter of the request
                is omitted ("missing_parameter"; "parameter" names it).
            UnprocessableEntityError: 422 Validation errors occurred when trying to
                create or update the entity ("validation"; "validation_errors" is a hash
                of field to error messages).
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.CREATE_PAYMENT_METHOD_INSTRUCTION,
                {},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_payment_method_instruction(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PaymentMethodInstruction:
        """Getting payment method instruction

        Getting payment method instruction. Note. You can view (list, delete) only
        payment method instructions which you have created. Payment method instruction
        is relevant to your ‘sell’ orders — they connect general payment method (e.g.
        “Online payment system -> Moneygram”) with your specific details (e.g. “Pay to
        account No. 12345”).

        Args:
            id: Payment method instruction ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.GET_PAYMENT_METHOD_INSTRUCTION,
                {"id": id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def delete_payment_method_instruction(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> StatusEnvelope:
        """Deleting payment method instruction

        Deleting payment method instruction. Responds 200 with `{"status": "success"}`
        (unlike Deleting offer, which responds 204).

        Args:
            id: Payment method instruction ID (`id` in path)

        Raises:
            NotFoundError: 404 NOT FOUND: the requested entity wasn’t found
                ("not_found").
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.DELETE_PAYMENT_METHOD_INSTRUCTION,
                {"id": id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_payment_methods(
        self,
        *,
        filters: PaymentMethodFilters | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[PaymentMethod]:
        """Listing payment methods

        Note. Payment method type is one of the following: "Bank wire", "Cash",
        "Cryptocurrency", "Online payment system". Public endpoint: does not require API
        key.

        Args:
            filters: Filters: `filters[country]` — country name or code ("Global" to
                list global payment methods, omit to return all payment methods).
                Example route: `GET /api/v1/payment_methods?filters[country]=China`.
                (`filters` in query)

        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.LIST_PAYMENT_METHODS,
                {"filters": filters},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_me(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> User:
        """Getting myself

        This method will return information on current user (including the encrypted
        payment seed, see Contracts API restrictions).


        Raises:
            ServiceUnavailableError: 503 SERVICE UNAVAILABLE: service is temporarily
                unavailable ("not_available"). When this response is received the
                request should be repeated later.
        """
        return (
            await self._request(
                _ops.GET_ME,
                {},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def confirm_verified_contract(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """Verify the contract's escrow locally, then confirm it

        HodlHodl asks each party to verify the escrow (witness script, address, index)
        before confirming it. This fetches the contract, verifies its escrow with
        `escrow_xpub` (three distinct keys, yours once in your role's place, the address
        P2SH-P2WSH of the script) and confirms it only when that passed. A contract
        whose escrow is not published yet is refused (check `contract.escrow`): there is
        nothing to verify, so nothing is confirmed; so is a contract other than the one
        asked for (`contract.id`). The contract the confirmation answers with is
        returned only if its escrow is the one verified (`escrow.changed` otherwise: the
        confirmation was sent, but fund no escrow before you know why it changed).

        Args:
            id: The contract ID.



        Steps: get_contract -> coinspec_runtime.hodlhodl.verify_contract_escrow ->
            confirm_contract -> coinspec_runtime.hodlhodl.verify_contract_escrow.
        """
        self._require_options("confirm_verified_contract", ("escrow_xpub",))
        import coinspec_runtime.hodlhodl  # the runtime is loaded when a flow runs, not with the client

        _contract = await self.get_contract(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _escrow = self._run_step(
            "confirm_verified_contract",
            coinspec_runtime.hodlhodl.verify_contract_escrow,
            contract=_to_wire(_contract),
            network=self._options.get("network"),
            xpub=self._options.get("escrow_xpub"),
            hodlhodl_public_key=self._options.get("hodlhodl_public_key"),
            contract_id=id,
        )
        _confirmed = await self.confirm_contract(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _step4 = self._run_step(
            "confirm_verified_contract",
            coinspec_runtime.hodlhodl.verify_contract_escrow,
            contract=_to_wire(_confirmed),
            network=self._options.get("network"),
            xpub=self._options.get("escrow_xpub"),
            hodlhodl_public_key=self._options.get("hodlhodl_public_key"),
            contract_id=id,
            same_as=_escrow,
        )
        return _confirmed

    async def release_escrow(
        self,
        *,
        id: str,
        max_fee: int = 10000,
        max_fee_rate: int = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """As the seller: fetch, verify, sign and post the release transaction

        The seller's release, the step of HodlHodl's contract workflow once the buyer
        has paid. Fetches the contract and the release transaction pre-signed by
        HodlHodl and checks what the seller can know (HodlHodl shows the buyer's address
        to the buyer only): the contract is the one asked for (`contract.id`; the
        transaction, when it names its contract, names it), says you are the seller and
        its escrow verifies; every input spends the escrow and carries HodlHodl's valid
        signature (BIP143, amounts from in_amounts); one output carries goes_to_buyer
        less the transaction fee, one other exactly the exchange fee, and nothing else
        is paid; the fee is at most `max_fee` satoshis and `max_fee_rate` sat/vB; the
        transaction is final now. Then it signs with `escrow_signing_key`, runs every
        input through the script interpreter and posts it. Nothing is signed or posted
        after a failed check (HodlHodlVerificationError names it).

        Args:
            id: The contract ID.
            max_fee: The largest transaction fee in satoshis you accept.
            max_fee_rate: The largest fee rate you accept, in satoshis per virtual byte
                of the signed transaction.



        Steps: get_contract -> get_release_transaction ->
            coinspec_runtime.hodlhodl.verify_release_transaction ->
            coinspec_runtime.hodlhodl.sign_release_transaction ->
            sign_release_transaction.
        """
        self._require_options("release_escrow", ("escrow_xpub", "escrow_signing_key"))
        import coinspec_runtime.hodlhodl  # the runtime is loaded when a flow runs, not with the client

        _contract = await self.get_contract(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _transaction = await self.get_release_transaction(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _verified = self._run_step(
            "release_escrow",
            coinspec_runtime.hodlhodl.verify_release_transaction,
            contract=_to_wire(_contract),
            transaction=_to_wire(_transaction),
            network=self._options.get("network"),
            xpub=self._options.get("escrow_xpub"),
            hodlhodl_public_key=self._options.get("hodlhodl_public_key"),
            contract_id=id,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _signed = self._run_step(
            "release_escrow",
            coinspec_runtime.hodlhodl.sign_release_transaction,
            verified=_verified,
            key=self._options.get("escrow_signing_key"),
        )
        _step5 = await self.sign_release_transaction(
            id=id,
            body={"hex": _signed},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return _step5

    async def release_disputed_escrow(
        self,
        *,
        id: str,
        release_address: str,
        max_fee: int = 10000,
        max_fee_rate: int = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """As the buyer, after a dispute resolved in your favour: fetch, verify, sign
        and post the release

        HodlHodl lets the buyer sign the release transaction when the contract is
        "resolved" in the buyer's favour. As release_escrow, except that the contract
        must say you are the buyer and the goes_to_buyer output must pay
        `release_address` (your own address; the contract's release_address, when shown,
        must be the same).

        Args:
            id: The contract ID.
            release_address: Your address the released coins must go to.
            max_fee: The largest transaction fee in satoshis you accept.
            max_fee_rate: The largest fee rate you accept, in satoshis per virtual byte
                of the signed transaction.



        Steps: get_contract -> get_release_transaction ->
            coinspec_runtime.hodlhodl.verify_disputed_release_transaction ->
            coinspec_runtime.hodlhodl.sign_release_transaction ->
            sign_release_transaction.
        """
        self._require_options("release_disputed_escrow", ("escrow_xpub", "escrow_signing_key"))
        import coinspec_runtime.hodlhodl  # the runtime is loaded when a flow runs, not with the client

        _contract = await self.get_contract(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _transaction = await self.get_release_transaction(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _verified = self._run_step(
            "release_disputed_escrow",
            coinspec_runtime.hodlhodl.verify_disputed_release_transaction,
            contract=_to_wire(_contract),
            transaction=_to_wire(_transaction),
            release_address=release_address,
            network=self._options.get("network"),
            xpub=self._options.get("escrow_xpub"),
            hodlhodl_public_key=self._options.get("hodlhodl_public_key"),
            contract_id=id,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _signed = self._run_step(
            "release_disputed_escrow",
            coinspec_runtime.hodlhodl.sign_release_transaction,
            verified=_verified,
            key=self._options.get("escrow_signing_key"),
        )
        _step5 = await self.sign_release_transaction(
            id=id,
            body={"hex": _signed},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return _step5

    async def refund_escrow(
        self,
        *,
        id: str,
        release_address: str,
        max_fee: int = 10000,
        max_fee_rate: int = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contract:
        """As the seller, after a dispute resolved in your favour: fetch, verify, sign
        and post the refund

        For a contract "resolved" in the seller's favour: fetches the contract and the
        refund transaction pre-signed by HodlHodl to `release_address` and checks that
        the contract says you are the seller, its escrow verifies, every input spends it
        with HodlHodl's valid signature, everything the inputs hold goes to
        `release_address` less a fee of at most `max_fee` satoshis and `max_fee_rate`
        sat/vB in the only output, and the transaction is final now; then it signs with
        `escrow_signing_key`, runs every input through the script interpreter and posts
        it. Nothing is signed or posted after a failed check.

        Args:
            id: The contract ID.
            release_address: Your address the escrowed coins return to.
            max_fee: The largest transaction fee in satoshis you accept.
            max_fee_rate: The largest fee rate you accept, in satoshis per virtual byte
                of the signed transaction.



        Steps: get_contract -> get_refund_transaction ->
            coinspec_runtime.hodlhodl.verify_refund_transaction ->
            coinspec_runtime.hodlhodl.sign_refund_transaction ->
            sign_refund_transaction.
        """
        self._require_options("refund_escrow", ("escrow_xpub", "escrow_signing_key"))
        import coinspec_runtime.hodlhodl  # the runtime is loaded when a flow runs, not with the client

        _contract = await self.get_contract(
            id=id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _transaction = await self.get_refund_transaction(
            id=id,
            release_address=release_address,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _verified = self._run_step(
            "refund_escrow",
            coinspec_runtime.hodlhodl.verify_refund_transaction,
            contract=_to_wire(_contract),
            transaction=_to_wire(_transaction),
            release_address=release_address,
            network=self._options.get("network"),
            xpub=self._options.get("escrow_xpub"),
            hodlhodl_public_key=self._options.get("hodlhodl_public_key"),
            contract_id=id,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _signed = self._run_step(
            "refund_escrow",
            coinspec_runtime.hodlhodl.sign_refund_transaction,
            verified=_verified,
            key=self._options.get("escrow_signing_key"),
        )
        _step5 = await self.sign_refund_transaction(
            id=id,
            body={"hex": _signed},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return _step5
