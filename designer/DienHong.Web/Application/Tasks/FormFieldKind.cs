namespace DienHong.Web.Application.Tasks;

/// <summary>How a form field is filled (kiểu trường), read from its <c>type</c>; each kind has its own input in the inbox.</summary>
public enum FormFieldKind
{
    /// <summary>One line of text (<c>text</c>, <c>string</c>).</summary>
    Text,

    /// <summary>Several lines (<c>multiline</c>, <c>textarea</c>).</summary>
    Multiline,

    /// <summary>A number (<c>number</c>, <c>integer</c>).</summary>
    Number,

    /// <summary>A day, sent as <c>yyyy-MM-dd</c> (<c>date</c>).</summary>
    Date,

    /// <summary>Yes or no (<c>boolean</c>).</summary>
    Boolean,

    /// <summary>One of the options (<c>choice</c>, or any field with options).</summary>
    Choice,

    /// <summary>Some of the options, sent as a list (<c>checklist</c>).</summary>
    Checklist,

    /// <summary>An address on the web (<c>link</c>, <c>url</c>).</summary>
    Link,

    /// <summary>People of the case's agency, sent as a list of person ids (<c>users</c>, <c>people</c>).</summary>
    People,

    /// <summary>Uploaded documents, sent as a list of attachment ids (<c>attachments</c>).</summary>
    Attachments,

    /// <summary>Anything else (<c>list</c>, <c>object</c>): written as JSON, as the field's description shows.</summary>
    Json,
}
