// Saves a file the page streamed from the server (the reports page's Excel download), under its name.
window.dienhongSaveFile = async (fileName, streamReference) => {
    const url = URL.createObjectURL(new Blob([await streamReference.arrayBuffer()]));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    anchor.click();
    URL.revokeObjectURL(url);
};
