import { graphql } from '../../gql';

export const ContractsListDocument = graphql(`
  query MoneyContracts($filter: ContractFilter, $first: Int) {
    contracts(filter: $filter, first: $first) {
      nodes {
        id
        number
        signedOn
        validTo
        signed
        status
        customer {
          id
          name
        }
        totals {
          total
        }
        received
        outstanding
      }
    }
  }
`);

export const ContractMoneyDocument = graphql(`
  query MoneyContract($id: ID!) {
    contract(id: $id) {
      id
      number
      signedOn
      validFrom
      validTo
      signed
      status
      version
      customer {
        id
        name
        level
      }
      lines {
        ...DocumentLineParts
      }
      totals {
        ...DocumentTotalsParts
      }
      received
      outstanding
      instalments {
        id
        position
        dueDate
        amount
        received
        outstanding
      }
    }
  }
`);

export const CreateContractDocument = graphql(`
  mutation MoneyCreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id
      number
    }
  }
`);

export const InvoicesListDocument = graphql(`
  query MoneyInvoices($filter: InvoiceFilter, $first: Int) {
    invoices(filter: $filter, first: $first) {
      nodes {
        id
        number
        date
        dueDate
        status
        customer {
          id
          name
        }
        contract {
          id
          number
        }
        totals {
          total
        }
        received
        outstanding
      }
    }
  }
`);

export const InvoiceMoneyDocument = graphql(`
  query MoneyInvoice($id: ID!) {
    invoice(id: $id) {
      id
      number
      date
      dueDate
      status
      version
      buyerName
      buyerTaxCode
      buyerAddress
      cancelReason
      customer {
        id
        name
      }
      contract {
        id
        number
      }
      lines {
        ...DocumentLineParts
      }
      totals {
        ...DocumentTotalsParts
      }
      received
      outstanding
    }
  }
`);

export const CreateInvoiceDocument = graphql(`
  mutation MoneyCreateInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      id
      number
    }
  }
`);

export const IssueInvoiceDocument = graphql(`
  mutation MoneyIssueInvoice($id: ID!, $version: Int!) {
    issueInvoice(id: $id, version: $version) {
      id
      status
      version
      received
      outstanding
      buyerName
      buyerTaxCode
      buyerAddress
    }
  }
`);

export const CancelInvoiceDocument = graphql(`
  mutation MoneyCancelInvoice($id: ID!, $version: Int!, $reason: String!) {
    cancelInvoice(id: $id, version: $version, reason: $reason) {
      id
      status
      version
      cancelReason
      outstanding
    }
  }
`);

export const CreateReceiptDocument = graphql(`
  mutation MoneyCreateReceipt($input: CreateReceiptInput!) {
    createReceipt(input: $input) {
      id
      number
    }
  }
`);

export const DebtsDocument = graphql(`
  query MoneyDebts($filter: DebtFilter, $first: Int) {
    debts(filter: $filter, first: $first) {
      totalCount
      nodes {
        customer {
          id
          code
          name
        }
        invoiced
        received
        outstanding
        overdue
        buckets {
          label
          amount
        }
      }
    }
  }
`);

export const CustomerDebtDocument = graphql(`
  query MoneyCustomerDebt($customerId: ID!) {
    customerDebt(customerId: $customerId) {
      invoiced
      received
      outstanding
      overdue
      buckets {
        label
        amount
      }
    }
  }
`);

export const OrdersListDocument = graphql(`
  query MoneyOrders($filter: OrderFilter, $first: Int) {
    orders(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        number
        date
        deliveryDate
        status
        paymentStatus
        customer {
          id
          name
        }
        totals {
          total
        }
        received
        outstanding
      }
    }
  }
`);

export const OrderMoneyDocument = graphql(`
  query MoneyOrder($id: ID!) {
    order(id: $id) {
      id
      number
      date
      status
      paymentStatus
      deliveryAddress
      deliveryDate
      notes
      version
      customer {
        id
        name
        level
      }
      contact {
        id
        name
      }
      quote {
        id
        number
      }
      contract {
        id
        number
      }
      owner {
        id
        name
      }
      lines {
        ...DocumentLineParts
      }
      totals {
        ...DocumentTotalsParts
      }
      received
      outstanding
    }
  }
`);

export const CreateOrderDocument = graphql(`
  mutation MoneyCreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
      number
    }
  }
`);

export const UpdateOrderDocument = graphql(`
  mutation MoneyUpdateOrder($id: ID!, $input: UpdateOrderInput!) {
    updateOrder(id: $id, input: $input) {
      id
      number
      date
      status
      paymentStatus
      deliveryAddress
      deliveryDate
      notes
      version
      lines {
        ...DocumentLineParts
      }
      totals {
        ...DocumentTotalsParts
      }
      received
      outstanding
    }
  }
`);

export const DeleteOrdersDocument = graphql(`
  mutation MoneyDeleteOrders($ids: [ID!]!) {
    deleteOrders(ids: $ids)
  }
`);
